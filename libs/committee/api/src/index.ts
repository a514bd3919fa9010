export * from './lib/committee.module';
export * from './lib/meeting.entity';
export { pdfFont, type PdfFontWeight } from './lib/minutes/pdf-fonts';
