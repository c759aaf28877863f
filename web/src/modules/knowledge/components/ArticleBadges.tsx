import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleKind, ArticleStatus } from '../../../gql/graphql';

const KIND_COLOR: Record<ArticleKind, string> = { HOW_TO: 'blue', FAQ: 'teal', KNOWN_ISSUE: 'orange' };
const STATUS_COLOR: Record<ArticleStatus, string> = { DRAFT: 'gray', PUBLISHED: 'green', ARCHIVED: 'dark' };

export function ArticleKindBadge({ kind }: { kind: ArticleKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLOR[kind]} variant="light" data-testid="article-kind">
      {t(`knowledge.kind.${kind}`)}
    </Badge>
  );
}

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'PUBLISHED' ? 'filled' : 'light'}
      data-testid="article-status"
    >
      {t(`knowledge.status.${status}`)}
    </Badge>
  );
}

export function ProductBadge({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="outline">
      {t(`vocab.productModule.${code}`, { defaultValue: code })}
    </Badge>
  );
}

/** Kind and product area side by side. */
export function ArticleMeta({ kind, productArea }: { kind: ArticleKind; productArea: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ArticleKindBadge kind={kind} />
      <ProductBadge code={productArea} />
    </Group>
  );
}
