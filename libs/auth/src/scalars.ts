import { GraphQLJSON } from 'graphql-scalars';

/** The contract's `JSON` scalar, shared by every domain lib. */
export const JSONScalar = GraphQLJSON;
