// The profile's time zone, picked from a list grouped by region (time-zones.ts), with this device's zone one click
// away when it is not the one chosen.
import { useMemo, useRef, type ChangeEvent } from 'react';
import type { FieldError } from '../api/errors';
import { deviceZone, offers, placeOf, type ZoneChoices } from '../time-zones';
import { announce } from './announcer';
import { SelectField } from './forms';

export const TimeZoneField = ({
  choices,
  value,
  onChange,
  onPick,
  error,
}: {
  choices: ZoneChoices;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  /** Sets the zone without the list: for "Use this device's time zone". */
  onPick: (zone: string) => void;
  error: FieldError | undefined;
}) => {
  const frame = useRef<HTMLDivElement>(null);
  const device = useMemo(deviceZone, []);
  const chooseDevice = () => {
    onPick(device);
    // The button goes once the device's zone is chosen: the list takes the focus rather than the page.
    frame.current?.querySelector('select')?.focus();
    announce(`Time zone set to ${placeOf(device)}. Save the profile to keep it.`);
  };
  return (
    <div ref={frame}>
      <SelectField
        label="Time zone"
        hint="Dates and times are shown in it, and the days of your streak are counted in it."
        value={value}
        onChange={onChange}
        error={error}
      >
        {choices.first.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {choices.groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      {device !== value && offers(choices, device) && (
        <p>
          <button type="button" className="small secondary" onClick={chooseDevice}>
            Use this device's time zone ({placeOf(device)})
          </button>
        </p>
      )}
    </div>
  );
};
