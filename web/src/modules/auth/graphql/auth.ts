import { graphql } from '../../../gql';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    email
    displayName
    role
    locale
    partner {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
