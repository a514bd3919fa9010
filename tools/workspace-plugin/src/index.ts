export { createNodesV2 } from './typecheck';
export { domainGenerator, tagsFor } from './generators/domain/generator';
