import { isIsoDate } from '../../../shared/render/dates';
import { useApp } from '../../store';
import { useMetadata } from './use-metadata';

const EMPTY = { place: '', date: '' };

/** Where and when the story was filed. */
export function DatelineField({ dir }: { dir: 'ltr' | 'rtl' }) {
  const dateline = useMetadata('dateline', EMPTY);
  const editField = useApp((s) => s.editField);
  // A date typed by hand in an older file stays editable as text.
  const asText = dateline.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(dateline.date) && !isIsoDate(dateline.date);
  return (
    <div className="meta-field meta-field--dateline" role="group" aria-label="Dateline">
      <span className="meta-field__label">Dateline</span>
      <div className="meta-field__row">
        <input
          className="meta-input dateline__place"
          aria-label="Dateline place"
          placeholder="Place"
          dir={dir}
          value={dateline.place}
          maxLength={200}
          onChange={(e) => editField('dateline:place', { dateline: { ...dateline, place: e.target.value } })}
        />
        <input
          className="meta-input dateline__date"
          aria-label="Dateline date"
          type={asText ? 'text' : 'date'}
          dir="ltr"
          value={asText ? dateline.date : dateline.date.slice(0, 10)}
          maxLength={40}
          onChange={(e) => editField('dateline:date', { dateline: { ...dateline, date: e.target.value } })}
        />
      </div>
    </div>
  );
}
