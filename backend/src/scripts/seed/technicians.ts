/**
 * The four technicians the seed creates (plain data: the dev runner reads their names for their
 * development logins before any plugin is built).
 */
export const SEEDED_TECHNICIANS = [
  { name: "Sofiane Belkacem", phone: "+213550100201", skills: ["gas", "hydraulic", "electronics"], zones: ["alger", "boumerdes"] },
  { name: "Yacine Hamidi", phone: "+213661100202", skills: ["gas", "hydraulic"], zones: ["alger"] },
  { name: "Rachid Mebarki", phone: "+213770100203", skills: ["gas", "hydraulic", "electronics"], zones: ["blida-tipaza"] },
  { name: "Nassim Ouali", phone: "+213555100204", skills: ["gas", "electronics"], zones: ["alger", "blida-tipaza"] },
]
