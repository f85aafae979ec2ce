/** Modules the build (`src/web/build.ts`) generates from the project's data. */
declare module 'virtual:cameo-names' {
  /** CAMEO code → its name, from data/cameo/event-codes.json. */
  const names: Record<string, string>;
  export default names;
}

declare module 'virtual:country-ids' {
  /** world-atlas feature id (ISO 3166 numeric) → ISO 3166 alpha-3, matched by country name. */
  const ids: Record<string, string>;
  export default ids;
}

declare module '*.css';
