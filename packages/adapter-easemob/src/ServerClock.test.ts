import { describe, expect, it } from 'vitest';
import { ServerClock } from './ServerClock.ts';

describe('ServerClock', () => {
  let device = 1_000_000;
  const clock = () => new ServerClock(() => device);

  it('is the device clock until a stamp is seen', () => {
    expect(clock().now()).toBe(device);
  });

  it('follows a server ahead of the device, by the freshest (largest) stamp', () => {
    const c = clock();
    c.observe(device + 4_950); // arrived after 50 ms on the way
    c.observe(device + 4_990);
    c.observe(device + 4_000); // a slower answer says less
    expect(c.now()).toBe(device + 4_990);
  });

  it('follows a server behind the device, so my changes do not sort after later ones', () => {
    const c = clock();
    c.observe(device - 5_010);
    device += 1_000;
    expect(c.now()).toBe(device - 5_010);
  });

  it('ignores what is not a time', () => {
    const c = clock();
    c.observe(Number.NaN);
    c.observe(0);
    expect(c.now()).toBe(device);
  });
});
