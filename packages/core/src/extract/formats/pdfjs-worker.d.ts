// The worker bundle is imported only for its side effect (it sets globalThis.pdfjsWorker): no exports are used.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
