import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: '"Liberation Sans", "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '650' },
});
