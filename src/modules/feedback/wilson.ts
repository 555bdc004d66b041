// Ranks sections by how surely they help: the lower bound of the Wilson score interval of the helpful share. Three
// helpful votes out of three score about 0.44; 290 out of 300 score about 0.94, so many votes outrank a few.

/** The two-sided 95 % normal quantile. */
export const Z_95 = 1.959963984540054;

export const wilsonLowerBound = (positive: number, total: number, z = Z_95) => {
  if (total === 0) return 0;
  const share = positive / total;
  const z2 = z * z;
  const centre = share + z2 / (2 * total);
  const margin = z * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total));
  return (centre - margin) / (1 + z2 / total);
};
