import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A request refused as a whole (nothing executed, no field path: e.g. an
 * operation type the schema does not serve) answers HTTP 400, like syntax
 * and validation errors do.
 */
export const requestErrorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data || !errors?.length || (response.http.status && response.http.status !== 200)) return;
        if (!errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && !e.path)) return;
        response.http.status = 400;
        // Nothing ran, so there is no `data` key (as for syntax errors); Nest would otherwise reset the status to 200.
        delete response.body.singleResult.data;
      },
    };
  },
};
