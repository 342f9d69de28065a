import { useTranslation } from 'react-i18next';
import { SOURCE_FORMATS, type SourceFormat } from './sourceFormat.ts';

interface SourceFormatSelectProps {
  id: string;
  value: SourceFormat;
  onChange: (format: SourceFormat) => void;
  /** DOCX is only offered once a .docx file is chosen (it cannot be pasted). */
  docxAvailable: boolean;
}

/** How the statement is to be read: plain text, Markdown, HTML, or the uploaded Word document. */
export function SourceFormatSelect({ id, value, onChange, docxAvailable }: SourceFormatSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('sourceFormat.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as SourceFormat)} aria-describedby={`${id}-hint`}>
        {SOURCE_FORMATS.filter((format) => format !== 'docx' || docxAvailable || value === 'docx').map((format) => (
          <option key={format} value={format}>
            {t(`sourceFormat.formats.${format}`)}
          </option>
        ))}
      </select>
      <p className="field__hint" id={`${id}-hint`}>
        {t(`sourceFormat.hints.${value}`)}
      </p>
    </div>
  );
}
