package extract

// comeWords say where a count came from, folded: "37.620 kamen von
// Beschwerdestellen", "37,620 came from hotlines", "37.620 vinieron de
// organismos".
var comeWords = foldedSet("kamen|kam|stammten|stammen|came|come|vinieron|venian|procedian|provenian|provenivano|arrivavano")
