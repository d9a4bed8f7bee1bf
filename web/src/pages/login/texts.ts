export const texts = {
  id: {
    title: 'Masuk',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    demoTitle: 'Akun demo',
    demoHint: 'Data contoh Dinas Sosial sudah dimuat. Klik salah satu akun untuk mengisinya.',
    required: 'Wajib diisi',
  },
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    demoTitle: 'Demo accounts',
    demoHint: 'Sample data of a Dinas Sosial is loaded. Click an account to fill it in.',
    required: 'Required',
  },
};
