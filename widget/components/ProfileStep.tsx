/** @module The optional company profile: sector, size band and postcode (four digits), all skippable. */
import type { Profile, ProfileChoice, SectorId, SizeId } from '../../core/profile/index';
import type { FlowText } from '../i18n/types';
import { ChoiceGroup } from './ChoiceGroup';
import { StepNav } from './StepNav';

interface ProfileStepProps {
  readonly text: FlowText;
  readonly profile: Profile;
  readonly onChange: (profile: Profile) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

// The option ids in options.json are checked against SECTOR_IDS and SIZE_IDS by the core tests.
const choicesOf = <T extends string>(options: readonly ProfileChoice[]) => options.map((o) => ({ value: o.id as T, label: o.label }));

export function ProfileStep({ text, profile, onChange, onBack, onNext }: ProfileStepProps) {
  const submit = (event: Event) => {
    event.preventDefault();
    onNext();
  };
  // A chosen radio cannot be unchosen, so "skip" also forgets what was picked.
  const skip = () => {
    onChange({});
    onNext();
  };
  return (
    <form part="profile" onSubmit={submit}>
      <h2 tabIndex={-1}>{text.profile.title}</h2>
      <p>{text.profile.lead}</p>
      <ChoiceGroup
        legend={text.profile.sector}
        name="sector"
        choices={choicesOf<SectorId>(text.profile.options.sectors)}
        value={profile.sector}
        onChoose={(sector) => onChange({ ...profile, sector })}
      />
      <ChoiceGroup
        legend={text.profile.size}
        name="size"
        choices={choicesOf<SizeId>(text.profile.options.sizes)}
        value={profile.size}
        onChoose={(size) => onChange({ ...profile, size })}
      />
      <div class="field">
        <label for="profile-postcode">{text.profile.postcode}</label>
        {/* The browser's own validation stops "next" on anything but four digits from 1000: no extra bytes. */}
        <input
          id="profile-postcode"
          name="postcode"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={4}
          pattern="[1-9][0-9]{3}"
          value={profile.postcode ?? ''}
          onInput={(event) => onChange({ ...profile, postcode: event.currentTarget.value || undefined })}
        />
      </div>
      <StepNav back={text.nav.back} next={text.nav.next} onBack={onBack}>
        <button type="button" part="button" onClick={skip}>
          {text.profile.skip}
        </button>
      </StepNav>
    </form>
  );
}
