import { graphql } from '../../../gql';

/** What lists and the editor show of an article (both languages: the reader's is picked on screen). */
export const ArticleFieldsFragment = graphql(`
  fragment ArticleFields on Article {
    id
    kind
    status
    titleEn
    titleJa
    bodyEn
    bodyJa
    tags
    productArea
    publishedAt
    updatedAt
    updatedByEmail
  }
`);

export const ArticlesQuery = graphql(`
  query Articles(
    $search: String
    $matchAny: Boolean
    $kind: ArticleKind
    $productArea: String
    $preferredProductAreas: [String!]
    $tag: String
    $status: ArticleStatus
    $sort: ArticleSort
    $skip: Int
    $take: Int
  ) {
    articles(
      search: $search
      matchAny: $matchAny
      kind: $kind
      productArea: $productArea
      preferredProductAreas: $preferredProductAreas
      tag: $tag
      status: $status
      sort: $sort
      skip: $skip
      take: $take
    ) {
      totalItems
      items {
        ...ArticleFields
      }
    }
  }
`);

export const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleFields
    }
  }
`);

export const ArticleTagsQuery = graphql(`
  query ArticleTags {
    articleTags
  }
`);

/** The products of a project's customer: suggestions prefer articles about them. */
export const ProjectProductsQuery = graphql(`
  query ProjectProducts($id: ID!) {
    onboardingProject(id: $id) {
      id
      customer {
        id
        products
      }
    }
  }
`);

export const EscalationDeflectionQuery = graphql(`
  query EscalationDeflection($from: String, $to: String, $partnerId: ID) {
    escalationDeflection(from: $from, to: $to, partnerId: $partnerId) {
      started
      raised
      abandoned
      deflected
      inProgress
      withArticleOpened
      deflectionRate
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleInput!) {
    createArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {
    updateArticle(id: $id, input: $input) {
      __typename
      ... on Article {
        ...ArticleFields
      }
      ... on ArticleIncompleteError {
        missingFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishArticle($id: ID!) {
    publishArticle(id: $id) {
      __typename
      ... on Article {
        ...ArticleFields
      }
      ... on ArticleIncompleteError {
        missingFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ArchiveArticleMutation = graphql(`
  mutation ArchiveArticle($id: ID!) {
    archiveArticle(id: $id) {
      __typename
      ... on Article {
        ...ArticleFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const StartEscalationDraftMutation = graphql(`
  mutation StartEscalationDraft($input: StartEscalationDraftInput!) {
    startEscalationDraft(input: $input) {
      __typename
      ... on EscalationDraft {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const RecordArticleOpenedMutation = graphql(`
  mutation RecordArticleOpened($input: RecordArticleOpenedInput!) {
    recordArticleOpened(input: $input) {
      __typename
      ... on EscalationDraft {
        id
        articlesOpened
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const AbandonEscalationDraftMutation = graphql(`
  mutation AbandonEscalationDraft($input: EscalationDraftIdInput!) {
    abandonEscalationDraft(input: $input) {
      __typename
      ... on EscalationDraft {
        id
        outcome
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/** What the console's list refetches after a change (operation names). */
export const ARTICLE_LIST_QUERIES = ['Articles', 'ArticleTags'];
