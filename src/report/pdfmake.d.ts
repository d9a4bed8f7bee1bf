/** The part of pdfmake's server API the PDF renderer uses (pdfmake 0.3 ships no types). */
declare module 'pdfmake' {
  type FontFaces = { normal: string; bold: string; italics: string; bolditalics: string };
  type OutputDocument = { getBuffer(): Promise<Buffer> };
  const pdfmake: {
    setFonts(fonts: Record<string, FontFaces>): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    createPdf(definition: object, options?: object): OutputDocument;
  };
  export default pdfmake;
}
