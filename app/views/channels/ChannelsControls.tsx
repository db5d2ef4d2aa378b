import { CHANNEL_LIMITS } from '../../../engine';
import { ConvGeometryControls } from '../../components/ConvGeometryControls';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';
import type { ChannelsModel } from './channelsModel';
import { CountControl } from './CountControl';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'channels'>;
  model: ChannelsModel;
  set: (patch: Partial<ViewParams<'channels'>>) => void;
}

/** The layer's channels and groups first, then its kernel, stride, padding and dilation. */
export function ChannelsControls({ params, model, set }: Props) {
  return (
    <section className="panel controls" aria-labelledby="channels-controls-title">
      <h2 id="channels-controls-title">{t('common.parameters')}</h2>
      <CountControl
        label={t('channels.ctl.in')}
        argument="in_channels"
        value={params.cin}
        {...CHANNEL_LIMITS.channels}
        onChange={(cin) => set({ cin })}
        urlKey="cin"
      />
      <CountControl
        label={t('channels.ctl.out')}
        argument="out_channels"
        value={params.cout}
        {...CHANNEL_LIMITS.channels}
        onChange={(cout) => set({ cout })}
        urlKey="cout"
      />
      <CountControl
        label={t('channels.ctl.groups')}
        argument="groups"
        value={params.g}
        {...CHANNEL_LIMITS.groups}
        onChange={(g) => set({ g })}
        urlKey="g"
        hint={t('channels.ctl.groupsHint')}
      />
      <CountControl
        label={t('channels.ctl.pw')}
        argument="pw"
        value={params.pw}
        {...CHANNEL_LIMITS.pointwise}
        onChange={(pw) => set({ pw })}
        urlKey="pw"
        hint={t('channels.ctl.pwHint')}
      />
      <ConvGeometryControls values={params} axes={model.axes} onChange={set} />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
