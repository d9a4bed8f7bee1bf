/** The one dialog open on the Renstra page, if any: mounted when opened, so each starts from the current data. */
import { KegiatanForm, LinkProgramForm, ProgramForm, SubKegiatanForm } from './CascadeForms.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { MisiForm, SasaranForm, TujuanForm } from './PlanForms.tsx';
import type { EditAction } from './renstra-context.ts';

export function EditDialogs({ action, onClose }: { action: EditAction | null; onClose: () => void }) {
  if (!action) return null;
  switch (action.kind) {
    case 'misi':
      return <MisiForm onClose={onClose} />;
    case 'tujuan':
      return <TujuanForm onClose={onClose} misiId={action.misiId} />;
    case 'sasaran':
      return <SasaranForm onClose={onClose} tujuanId={action.tujuanId} />;
    case 'editSasaran':
      return <SasaranForm onClose={onClose} sasaran={action.sasaran} />;
    case 'indicator':
      return <IndicatorForm onClose={onClose} owner={action.owner} />;
    case 'editIndicator':
      return <IndicatorForm onClose={onClose} indicatorId={action.indicatorId} />;
    case 'program':
      return <ProgramForm onClose={onClose} />;
    case 'kegiatan':
      return <KegiatanForm onClose={onClose} program={action.program} />;
    case 'subKegiatan':
      return <SubKegiatanForm onClose={onClose} kegiatan={action.kegiatan} />;
    case 'link':
      return <LinkProgramForm onClose={onClose} sasaran={action.sasaran} />;
  }
}
