/** An error code's text in both languages. `{name}` stands for a parameter the error carries in `params`. */
export interface ErrorText {
  sv: string;
  en: string;
}
