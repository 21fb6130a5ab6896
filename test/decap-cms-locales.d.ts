// Decap's interface dictionaries ship without types: each is phrases by nested key.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: import('../src/editor/cms.ts').DecapPhrases;
  export default phrases;
}
