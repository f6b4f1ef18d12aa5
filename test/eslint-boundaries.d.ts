declare module '*/eslint.boundaries.js' {
  import type { Linter } from 'eslint';
  const config: Linter.Config[];
  export default config;
}
