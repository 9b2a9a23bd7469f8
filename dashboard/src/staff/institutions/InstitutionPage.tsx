import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { canEditDistrict } from '../access/permissions';
import { describeError, readApiError } from '../graphql/errors';
import { INSTITUTION } from '../graphql/operations';
import { InstitutionChanges } from '../hooks/useInstitutionChanges';
import { useLang } from '../i18n/LangContext';
import { useUser } from '../session/SessionContext';
import { InstitutionEditor } from './InstitutionEditor';
import { InstitutionHeader } from './InstitutionHeader';
import type { InstitutionQuery, InstitutionQueryVariables } from '../../shared/graphql/generated';

const ignore = () => undefined;

/** One institution: its state, the edit form (read-only outside the viewer's districts), filing and closing. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { lang, tr } = useLang();
  const { data, loading, error } = useQuery<InstitutionQuery, InstitutionQueryVariables>(INSTITUTION, { variables: { id } });
  const institution = data?.institution;
  if (loading && !institution) return <p role="status">{tr('loading')}</p>;
  if (error) return <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p>;
  if (!institution) {
    return (
      <p className="notice notice-info">
        {tr('notFound')} · <Link to="/admin/institutions">{tr('backToList')}</Link>
      </p>
    );
  }
  return (
    <article aria-labelledby="institution-title">
      <InstitutionHeader institution={institution} />
      {/* Others' changes reach the cache, and so `institution`, through this subscription. */}
      <InstitutionChanges districtCodes={[institution.district.code]} onChange={ignore} />
      <InstitutionEditor
        key={institution.id}
        live={institution}
        editable={canEditDistrict(user, institution.district.code) && !institution.closedOn}
        readOnlyNote={institution.closedOn ? tr('closedOnValue', { date: institution.closedOn }) : tr('noPermission')}
      />
    </article>
  );
}
