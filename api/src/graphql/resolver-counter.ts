import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';

/** Counts field resolutions; tests use it to prove a rejected request ran no resolver. */
@Injectable()
export class ResolverCounter {
  count = 0;

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        executionDidStart: async () => ({
          willResolveField: () => {
            this.count++;
          },
        }),
      }),
    };
  }
}
