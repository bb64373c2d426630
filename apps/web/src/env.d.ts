/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where GraphQL lives when the SPA is not served by the API itself. */
  readonly VITE_GRAPHQL_URL?: string;
}
