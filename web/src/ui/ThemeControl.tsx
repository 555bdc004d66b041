// System / Light / Dark as a segmented control: three toggle buttons, one pressed. The choice is remembered in this
// browser (ui/theme.ts); System follows the device's setting, also when it changes.
import { useState } from 'react';
import { announce } from './announcer';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { chooseTheme, themeChoice, type ThemeChoice } from './theme';

const CHOICES: { value: ThemeChoice; label: string; Icon: typeof SunIcon }[] = [
  { value: 'system', label: 'System theme', Icon: MonitorIcon },
  { value: 'light', label: 'Light theme', Icon: SunIcon },
  { value: 'dark', label: 'Dark theme', Icon: MoonIcon },
];

export const ThemeControl = () => {
  const [choice, setChoice] = useState(themeChoice);
  return (
    <div className="theme-control" role="group" aria-label="Theme">
      {CHOICES.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          title={label}
          onClick={() => {
            chooseTheme(value);
            setChoice(value);
            announce(label);
          }}
        >
          <Icon />
          <span className="visually-hidden">{label}</span>
        </button>
      ))}
    </div>
  );
};
