export interface DomainGeneratorSchema {
  name: string;
  ui?: boolean;
}
