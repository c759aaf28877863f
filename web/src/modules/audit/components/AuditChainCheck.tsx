import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { AuditChainVerificationQuery } from '../graphql/audit';

/** Recomputes the audit log's hash chain on demand and says where it first breaks, if anywhere. */
export function AuditChainCheck() {
  const { t } = useTranslation();
  const [verify, { data, loading, error }] = useLazyQuery(AuditChainVerificationQuery, { fetchPolicy: 'network-only' });
  const result = data?.auditChainVerification;
  return (
    <Group gap="sm" align="center" mb="sm" data-testid="audit-chain">
      <Button
        variant="light"
        leftSection={<IconShieldCheck size={16} aria-hidden />}
        loading={loading}
        onClick={() => void verify()}
        data-testid="audit-chain-verify"
      >
        {t('audit.chain.verify')}
      </Button>
      {error ? <ErrorAlert error={error} /> : null}
      {result && !result.firstBreak ? (
        <Alert color="teal" icon={<IconLink size={16} />} py={6} data-testid="audit-chain-ok">
          {t('audit.chain.ok', { count: result.entries })}
        </Alert>
      ) : null}
      {result?.firstBreak ? (
        <Alert color="red" icon={<IconLinkOff size={16} />} py={6} data-testid="audit-chain-broken">
          <Text size="sm">
            {t('audit.chain.broken', {
              seq: result.firstBreak.seq,
              reason: t(`audit.chain.reasons.${result.firstBreak.reason}`),
            })}
          </Text>
        </Alert>
      ) : null}
    </Group>
  );
}
