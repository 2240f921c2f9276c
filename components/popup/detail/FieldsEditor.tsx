import type { Lead, LeadFields } from '../../../lib/model';
import { type MessageKey, useT } from '../../i18n';
import { TextField } from './TextField';

/** Every person and company field, in the order a user reads a contact card. */
const FIELDS: { key: keyof LeadFields; label: MessageKey; type?: 'email' | 'tel' | 'url'; max: number }[] = [
  { key: 'name', label: 'name', max: 200 },
  { key: 'title', label: 'title', max: 200 },
  { key: 'company', label: 'company', max: 200 },
  { key: 'email', label: 'email', type: 'email', max: 254 },
  { key: 'phone', label: 'phone', type: 'tel', max: 60 },
  { key: 'location', label: 'location', max: 200 },
  { key: 'headline', label: 'fieldHeadline', max: 300 },
  { key: 'linkedinUrl', label: 'fieldLinkedinUrl', type: 'url', max: 300 },
  { key: 'website', label: 'website', type: 'url', max: 300 },
  { key: 'companyDomain', label: 'fieldCompanyDomain', max: 200 },
  { key: 'industry', label: 'industry', max: 200 },
  { key: 'companySize', label: 'companySize', max: 60 },
  { key: 'companyLinkedinUrl', label: 'fieldCompanyLinkedinUrl', type: 'url', max: 300 },
  { key: 'address', label: 'fieldAddress', max: 300 },
];

/** The lead's fields, each saved on its own as the user's edit (a later capture never overwrites it). */
export function FieldsEditor({ lead, onSave }: { lead: Lead; onSave: (fields: Partial<LeadFields>) => void }) {
  const t = useT();
  return (
    <div className="grid grid-cols-2 gap-2">
      {FIELDS.map(({ key, label, type, max }) => (
        <TextField
          key={key}
          label={t(label)}
          value={lead[key] ?? ''}
          type={type === 'url' ? 'text' : type}
          inputMode={type}
          maxLength={max}
          onSave={(value) => (key !== 'name' || value.trim()) && onSave({ [key]: key === 'name' ? value.trim() : value })}
          testId={`field-${key}`}
        />
      ))}
    </div>
  );
}
