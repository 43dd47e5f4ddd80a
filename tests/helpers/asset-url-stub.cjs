// Vite's `?url` imports (the PDF fonts) under jest: a URL string, as Vite would give. Tests that build PDFs
// mock renderer/components/documents/fonts and read the fonts from node_modules instead.
module.exports = 'asset-url-under-jest';
