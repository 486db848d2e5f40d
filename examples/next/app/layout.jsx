export const metadata = { title: 'Lede in Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ maxWidth: 640, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
        {children}
      </body>
    </html>
  );
}
