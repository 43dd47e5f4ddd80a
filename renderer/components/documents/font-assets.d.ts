/** Vite turns `…?url` imports into the URL of the file it copies into the build (here, the PDF fonts). */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
