// Vite's `?url` imports: the URL of the file as a built asset (the ELK worker script).
declare module '*?url' {
  const url: string;
  export default url;
}
