import { useSubscription } from '@apollo/client/react';
import { INSTITUTION_CHANGED } from '../graphql/operations';
import type { Institution } from '../graphql/types';
import type { InstitutionChangedSubscription, InstitutionChangedSubscriptionVariables } from '../../shared/graphql/generated';

/**
 * Follows institutionChanged for one district. Apollo writes each changed institution
 * into its cache, so lists and forms showing it update by themselves; `onChange` hears
 * about each one too (to refresh a list it is missing from, or tell an editor).
 */
function DistrictChanges({ districtCode, onChange }: { districtCode: string; onChange(institution: Institution): void }) {
  useSubscription<InstitutionChangedSubscription, InstitutionChangedSubscriptionVariables>(INSTITUTION_CHANGED, {
    variables: { districtCode },
    onData: ({ data }) => {
      const institution = data.data?.institutionChanged;
      if (institution) onChange(institution);
    },
  });
  return null;
}

/** One institutionChanged subscription per district, over the session's one socket. */
export function InstitutionChanges({ districtCodes, onChange }: { districtCodes: readonly string[]; onChange(institution: Institution): void }) {
  return (
    <>
      {districtCodes.map((code) => (
        <DistrictChanges key={code} districtCode={code} onChange={onChange} />
      ))}
    </>
  );
}
