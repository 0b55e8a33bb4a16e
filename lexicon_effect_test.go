package newsparse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/quotes"
	"github.com/newsparse/newsparse/lexicon"
)

// The word lists tested by their effect: every entry of the cue lists,
// put in a sentence of our own, must yield what the list says it does.
// A hedge (hedges.txt, weasels.txt) must cue a claim of its listed kind
// and certainty; a verb or noun of the quote lists (reporting, quote,
// mention, belief, intent and view verbs, quote nouns) must cue the quote
// it reports. An entry no reasonable sentence can show working does not
// belong in its list.
//
// Each test also holds its own expectations, so that a dropped entry
// fails it as surely as one that stopped working: every hedge and weasel
// has its sentence here, and the core words of the other lists are named.
// Control sentences, with a word of no list in the entry's place, must
// yield nothing, so that an effect comes from the entry and not from the
// sentence around it.

// hedgeSentences gives, for every entry of hedges.txt, a sentence that
// uses it as a hedge and carries no other cue. "{}" stands for the entry,
// written as the list has it (capitalized at a sentence start).
var hedgeSentences = map[string]string{
	"according to some":  "{} engineers, the bridge is unsafe.",
	"accused":            "The council {} the mayor of hiding the report.",
	"allegation":         "The {} that the mayor hid the report surfaced on Monday.",
	"allegations":        "{} that the mayor hid the report surfaced on Monday.",
	"allege":             "The residents {} that the mayor hid the report.",
	"alleged":            "Police arrested the {} leader of the gang.",
	"allegedly":          "The mayor {} hid the report.",
	"alleges":            "The lawsuit {} that the mayor hid the report.",
	"apparent":           "The {} cause of the fire was a faulty heater.",
	"apparently":         "The fire was {} caused by a faulty heater.",
	"appear":             "The two leaders {} to agree on the budget.",
	"appeared":           "The mayor {} to accept the offer.",
	"appearing":          "The mayor left the hall, {} to accept the offer.",
	"appears":            "The bridge {} to be unsafe.",
	"arguably":           "The bridge is {} the oldest in the county.",
	"assume":             "We {} that the bridge will hold.",
	"assumed":            "The council {} that the bridge was safe.",
	"assumes":            "The plan {} that the river will stay low.",
	"assuming":           "{} the river stays low, the bridge will hold.",
	"believe":            "The council members {} that the bridge is safe.",
	"believed":           "The treasure is {} to lie under the bridge.",
	"believes":           "The mayor {} that the bridge is safe.",
	"believing":          "The mayor left, {} that the bridge was safe.",
	"cast doubt":         "The report {} on the mayor's account.",
	"casts doubt":        "The report {} on the mayor's account.",
	"claim":              "The residents {} that the bridge is unsafe.",
	"claimed":            "The mayor {} that the bridge was safe.",
	"conceivable":        "It is {} that the bridge will close.",
	"conceivably":        "{}, the bridge will close in June.",
	"conjecture":         "The {} that the fires were linked was never tested.",
	"considered":         "The bridge is {} unsafe.",
	"could":              "The bridge {} close in June.",
	"criticised":         "The plan was {}.",
	"criticized":         "The plan was {}.",
	"debatable":          "The safety of the bridge is {}.",
	"debated":            "The cause of the fire is still {}.",
	"denial":             "The mayor issued a {} that he had hidden the report.",
	"denials":            "The mayor's {} that he hid the report were ignored.",
	"denied":             "The mayor {} that he had hidden the report.",
	"denies":             "The mayor {} that he hid the report.",
	"deny":               "The mayor and his aides {} that they hid the report.",
	"denying":            "The mayor issued a statement {} that he hid the report.",
	"dismissed":          "The mayor {} claims that he hid the report.",
	"dismisses":          "The mayor {} claims that he hid the report.",
	"dispute":            "The residents {} claims that the bridge is safe.",
	"disputed":           "The figures are {}.",
	"disputes":           "The council {} claims that the bridge is unsafe.",
	"doubt":              "The residents {} that the bridge will hold.",
	"doubted":            "The mayor {} that the bridge was safe.",
	"doubtful":           "It is {} that the bridge is safe.",
	"doubts":             "The mayor {} that the bridge is safe.",
	"estimated":          "The repairs are {} to cost two million dollars.",
	"expect":             "The council members {} the bridge to reopen in June.",
	"expected":           "The bridge is {} to reopen in June.",
	"expecting":          "The council is {} the bridge to reopen in June.",
	"expects":            "The mayor {} the bridge to reopen in June.",
	"fear":               "Residents {} that the bridge will collapse.",
	"feared":             "Ten people are {} dead after the collapse.",
	"fears":              "The mayor {} the bridge will collapse.",
	"feel":               "Residents {} the plan is wrong.",
	"feels":              "The mayor {} the plan is wrong.",
	"felt":               "The mayor {} the plan was wrong.",
	"forecast":           "The agency {} heavy rain for the weekend.",
	"forecasts":          "The agency {} heavy rain for the weekend.",
	"guess":              "I {} the bridge will reopen in June.",
	"hypothesis":         "The {} that the fire was arson has not been tested.",
	"hypothesized":       "The engineers {} that the cable had snapped.",
	"if":                 "{} the river rises, the bridge will close.",
	"in all likelihood":  "The bridge will {} reopen in June.",
	"in theory":          "{}, the bridge can carry ten trucks.",
	"indicate":           "The figures {} that the bridge is unsafe.",
	"indicated":          "The mayor {} that the bridge was unsafe.",
	"indicates":          "The report {} that the bridge is unsafe.",
	"indication":         "The first {} that the bridge was unsafe came in June.",
	"it is said":         "{} that the bridge was built in a single night.",
	"legend":             "{} has it that the bridge was built in a single night.",
	"legends":            "Local {} say the bridge was built in a single night.",
	"likelihood":         "The {} that the bridge will close is high.",
	"likely":             "The bridge will {} close in June.",
	"may":                "The bridge {} close in June.",
	"maybe":              "{} the bridge will close in June.",
	"might":              "The bridge {} close in June.",
	"mightn't":           "The bridge {} reopen before June.",
	"no assurance":       "There is {} that the bridge will reopen.",
	"not certain":        "It is {} that the bridge will reopen.",
	"not clear":          "It is {} when the bridge will reopen.",
	"not sure":           "The mayor is {} the bridge will reopen.",
	"ostensibly":         "The bridge was closed, {} for repairs.",
	"perceived as":       "The mayor is {} weak on crime.",
	"perhaps":            "The bridge will {} reopen in June.",
	"plausible":          "It is {} that the fire was an accident.",
	"plausibly":          "The fire was {} an accident.",
	"possibilities":      "The council weighed the {} of a new bridge.",
	"possibility":        "The council raised the {} that the bridge would close.",
	"possible":           "It is {} that the bridge will close.",
	"possibly":           "The bridge will {} close in June.",
	"potential":          "The council discussed a {} closure of the bridge.",
	"potentially":        "The flaw is {} dangerous.",
	"predict":            "The engineers {} that the bridge will fail.",
	"predicted":          "The engineers {} that the bridge will fail.",
	"predicting":         "The agency issued a report {} that the river will rise.",
	"predicts":           "The agency {} that the river will rise.",
	"presumably":         "The fire was {} an accident.",
	"presume":            "We {} that the fire was an accident.",
	"presumed":           "The missing sailor is {} dead.",
	"probable":           "It is {} that the fire was an accident.",
	"probably":           "The fire was {} an accident.",
	"projected":          "The deficit is {} to grow next year.",
	"purported":          "The {} letter was published on Monday.",
	"purportedly":        "The letter was {} written by the mayor.",
	"putative":           "The {} heir arrived on Monday.",
	"questionable":       "The safety of the bridge is {}.",
	"questioned":         "The council {} the safety of the bridge.",
	"refuted":            "The mayor {} claims that he hid the report.",
	"regarded":           "The mayor is {} by residents as a reformer.",
	"regarded as":        "The mayor was {} a reformer.",
	"rejected":           "The mayor {} claims that he hid the report.",
	"rejects":            "The mayor {} claims that he hid the report.",
	"remains to be seen": "It {} how the council will respond.",
	"reported":           "Two fishermen were {} missing after the storm.",
	"reportedly":         "The mayor {} hid the report.",
	"reputed":            "The {} leader of the gang was arrested on Monday.",
	"reputedly":          "The house is {} haunted.",
	"rumor":              "A {} that the bridge would close spread on Monday.",
	"rumored":            "The mayor is {} to be leaving.",
	"rumors":             "{} that the mayor would resign spread on Monday.",
	"rumour":             "A {} that the bridge would close spread on Monday.",
	"rumoured":           "The mayor is {} to be leaving.",
	"rumours":            "{} that the mayor would resign spread on Monday.",
	"said to":            "The bridge is {} be unsafe.",
	"seem":               "The two leaders {} to agree on the budget.",
	"seemed":             "The mayor {} to accept the offer.",
	"seemingly":          "The {} endless delays angered residents.",
	"seems":              "The bridge {} unsafe.",
	"seen as":            "The mayor is {} a reformer.",
	"speculate":          "The residents {} that the mayor will resign.",
	"speculated":         "The newspaper {} that the mayor would resign.",
	"speculation":        "There is {} that the mayor will resign.",
	"suggest":            "The figures {} that the bridge is unsafe.",
	"suggested":          "The report {} that the bridge was unsafe.",
	"suggesting":         "The report came out on Monday, {} that the bridge was unsafe.",
	"suggestion":         "The {} that the bridge was unsafe angered the mayor.",
	"suggests":           "The report {} that the bridge is unsafe.",
	"suppose":            "I {} the bridge will reopen in June.",
	"supposed":           "The bridge is {} to be safe.",
	"supposedly":         "The bridge is {} safe.",
	"suspect":            "The firefighters {} that the fire was arson.",
	"suspected":          "The police {} that the fire was arson.",
	"suspects":           "The mayor {} that the fire was arson.",
	"suspicion":          "The {} that the fire was arson grew.",
	"suspicions":         "{} that the fire was arson grew.",
	"tend to":            "Floods {} come in spring.",
	"tended to":          "Floods {} come in spring.",
	"tends to":           "The river {} flood in spring.",
	"theoretically":      "The bridge can {} carry ten trucks.",
	"theories":           "{} that the fire was arson spread online.",
	"theory":             "The {} that the fire was arson spread online.",
	"think":              "The residents {} that the bridge is unsafe.",
	"thinks":             "The mayor {} that the bridge is unsafe.",
	"thought":            "The ship is {} to have sunk in 1850.",
	"uncertain":          "The future of the bridge is {}.",
	"uncertainty":        "There is {} over the future of the bridge.",
	"unclear":            "It is {} when the bridge will reopen.",
	"unconfirmed":        "The {} figures were published on Monday.",
	"unknown whether":    "It is {} the bridge will reopen.",
	"unless":             "The ferry will not sail {} the wind drops.",
	"unlikely":           "The bridge is {} to reopen in June.",
	"unproven":           "The link between the fires remains {}.",
	"unsure":             "The mayor is {} when the bridge will reopen.",
	"until":              "The bridge will stay closed {} the repairs are done.",
	"unverified":         "The {} figures were published on Monday.",
	"viewed as":          "The mayor is {} a reformer.",
	"whether":            "The council will decide {} the bridge reopens in June.",
	"worried":            "The mayor {} that the ferry would stop.",
	"worries":            "The mayor {} that the ferry will stop.",
	"worry":              "Residents {} that the ferry will stop.",
	"would":              "Without repairs, the bridge {} collapse.",
	"wouldn't":           "Without repairs, the bridge {} last a year.",
}

// TestHedgeCueEffects puts every entry of hedges.txt in its sentence and
// checks that Claims finds a claim cued by that entry alone, of the
// entry's kind and certainty.
func TestHedgeCueEffects(t *testing.T) {
	entries := cueListEffects(t, "hedges.txt", hedgeSentences)
	// The core cues keep their kind and certainty.
	core := map[string][2]string{
		"may": {"modal", "possible"}, "might": {"modal", "possible"}, "could": {"modal", "possible"},
		"perhaps": {"adverb", "possible"}, "possibly": {"adverb", "possible"},
		"probably": {"adverb", "probable"}, "likely": {"adverb", "probable"},
		"allegedly": {"adverb", "possible"}, "reportedly": {"adverb", "possible"},
		"suggested": {"verb", "probable"}, "believed": {"verb", "probable"}, "appears": {"verb", "probable"},
		"denied": {"denial", "doubtful"}, "unlikely": {"adverb", "doubtful"},
		"unclear": {"other", "possible"}, "whether": {"other", "possible"},
	}
	for phrase, want := range core {
		if got, ok := entries[phrase]; !ok || got != want {
			t.Errorf("core cue %q: hedges.txt has %v (present %v), want %v", phrase, got, ok, want)
		}
	}
	// The sentences hedge nothing by themselves: with a plain word in
	// place of the cue they make no claim.
	for _, c := range [][2]string{
		{"could", "will"}, {"perhaps", "soon"}, {"suggested", "proved"}, {"unclear", "known"},
		{"denied", "admitted"}, {"allegedly", "secretly"}, {"rumors", "fears"}, {"appears", "has"},
	} {
		sentence, _ := fillEntry(hedgeSentences[c[0]], c[1])
		if cs := Claims(sentence); len(cs) != 0 {
			t.Errorf("%q: got %s, want no claims", sentence, describeClaims(cs))
		}
	}
}

// TestWeaselCueEffects does for weasels.txt what TestHedgeCueEffects does
// for hedges.txt.
func TestWeaselCueEffects(t *testing.T) {
	entries := cueListEffects(t, "weasels.txt", weaselSentences)
	for phrase, want := range map[string][2]string{
		"sources": {"source", "probable"}, "officials": {"source", "probable"}, "critics": {"source", "probable"},
		"some": {"other", "probable"}, "reports": {"source", "possible"}, "so-called": {"other", "possible"},
	} {
		if got, ok := entries[phrase]; !ok || got != want {
			t.Errorf("core cue %q: weasels.txt has %v (present %v), want %v", phrase, got, ok, want)
		}
	}
	for _, c := range [][2]string{{"critics", "Engineers"}, {"famous", "old"}, {"official", "engineer"}} {
		sentence, _ := fillEntry(weaselSentences[c[0]], c[1])
		if cs := Claims(sentence); len(cs) != 0 {
			t.Errorf("%q: got %s, want no claims", sentence, describeClaims(cs))
		}
	}
}

// cueListEffects reads the cue list name ("phrase = kind certainty
// [rule]"), checks that every entry has a sentence and every sentence an
// entry, and runs a subtest per entry that its sentence yields a claim
// cued by it alone, of its kind and certainty. It returns the entries'
// kinds and certainties.
func cueListEffects(t *testing.T, name string, sentences map[string]string) map[string][2]string {
	entries := map[string][2]string{} // phrase -> kind, certainty
	for _, l := range lexicon.Words(name) {
		phrase, def, _ := strings.Cut(l, " = ")
		f := strings.Fields(def)
		if len(f) < 2 {
			t.Errorf("%s: malformed line %q", name, l)
			continue
		}
		entries[phrase] = [2]string{f[0], f[1]}
	}
	for phrase := range sentences {
		if _, ok := entries[phrase]; !ok {
			t.Errorf("%q is no longer in %s (remove its sentence if that is meant)", phrase, name)
		}
	}
	for phrase, want := range entries {
		t.Run(phrase, func(t *testing.T) {
			tmpl, ok := sentences[phrase]
			if !ok {
				t.Fatalf("no test sentence for %q", phrase)
			}
			sentence, at := fillEntry(tmpl, phrase)
			checkHedge(t, sentence, at, phrase, HedgeKind(want[0]), Certainty(want[1]))
		})
	}
	return entries
}

// weaselSentences gives, for every entry of weasels.txt, a sentence that
// uses it as a vague source, quantity or reputation and carries no other
// cue. "{}" stands for the entry.
var weaselSentences = map[string]string{
	"a number of":          "{} residents oppose the plan.",
	"advocates":            "{} say the bridge is unsafe.",
	"aides":                "{} say the bridge is unsafe.",
	"analysts":             "{} say the bridge is unsafe.",
	"argue":                "The residents {} that the bridge is unsafe.",
	"argued":               "The mayor {} that the bridge was safe.",
	"argues":               "The mayor {} that the bridge is safe.",
	"best known":           "The mayor is {} for the ferry plan.",
	"best-known":           "The {} bridge in the county was closed on Monday.",
	"certain":              "{} engineers oppose the plan.",
	"commentators":         "{} say the bridge is unsafe.",
	"commonly":             "The bridge is {} called the Iron Gate.",
	"controversial":        "The {} bridge was closed on Monday.",
	"critics":              "{} say the bridge is unsafe.",
	"detractors":           "{} say the bridge is unsafe.",
	"diplomats":            "{} say the bridge is unsafe.",
	"economists":           "{} say the bridge is unsafe.",
	"experts":              "{} say the bridge is unsafe.",
	"famous":               "The {} bridge was closed on Monday.",
	"fans":                 "{} say the bridge is beautiful.",
	"frequently":           "The bridge is {} described as unsafe.",
	"generally":            "The plan is {} accepted.",
	"highly":               "The mayor is {} respected in the county.",
	"historians":           "{} say the bridge is unsafe.",
	"iconic":               "The {} bridge was closed on Monday.",
	"important":            "The bridge is an {} link between the towns.",
	"influential":          "The {} mayor was reelected on Monday.",
	"insiders":             "{} say the bridge is unsafe.",
	"known for":            "The town is {} its bridge.",
	"largely":              "The plan was {} forgotten.",
	"legendary":            "The {} bridge was closed on Monday.",
	"lesser-known":         "The {} bridge was closed on Monday.",
	"little-known":         "The {} bridge was closed on Monday.",
	"many":                 "{} residents oppose the plan.",
	"most":                 "{} residents oppose the plan.",
	"numerous":             "{} residents oppose the plan.",
	"notable":              "The {} bridge was closed on Monday.",
	"observers":            "{} say the bridge is unsafe.",
	"official":             "An {} said the bridge is unsafe.",
	"officials":            "{} say the bridge is unsafe.",
	"often":                "The bridge is {} called the Iron Gate.",
	"one of the":           "The bridge is {} oldest in the county.",
	"one of the best":      "The bridge is {} in the county.",
	"one of the finest":    "The bridge is {} in the county.",
	"one of the greatest":  "The bridge is {} in the county.",
	"one of the leading":   "The firm is {} builders of bridges.",
	"one of the most":      "The bridge is {} beautiful in the county.",
	"opponents":            "{} say the bridge is unsafe.",
	"others":               "While {} argue the bridge is safe, the mayor wants it closed.",
	"people familiar with": "{} the plan said the bridge is unsafe.",
	"person familiar with": "A {} the plan said the bridge is unsafe.",
	"proponents":           "{} say the bridge is safe.",
	"referred to":          "The bridge is {} as the Iron Gate.",
	"renowned":             "The {} bridge was closed on Monday.",
	"reports":              "Media {} say the bridge is unsafe.",
	"researchers":          "{} say the bridge is unsafe.",
	"sceptics":             "{} say the bridge is unsafe.",
	"scholars":             "{} say the bridge is unsafe.",
	"scientists":           "{} say the bridge is unsafe.",
	"several":              "{} residents oppose the plan.",
	"significant":          "The bridge played a {} role in the war.",
	"skeptics":             "{} say the bridge is unsafe.",
	"so-called":            "The {} ferry plan was dropped on Monday.",
	"some":                 "{} residents oppose the plan.",
	"sometimes":            "The bridge is {} called the Iron Gate.",
	"source":               "A {} said the bridge is unsafe.",
	"sources":              "{} say the bridge is unsafe.",
	"supporters":           "{} say the bridge is safe.",
	"typically":            "The ferry is {} late in winter.",
	"various":              "{} residents oppose the plan.",
	"very":                 "The bridge is {} beautiful.",
	"well known":           "The mayor is {} for the ferry plan.",
	"well-known":           "The {} bridge was closed on Monday.",
	"widely":               "The plan is {} accepted.",
}

// fillEntry puts entry in place of "{}" in tmpl, capitalized at the
// start, and returns the sentence and the entry's offset in it.
func fillEntry(tmpl, entry string) (string, int) {
	at := strings.Index(tmpl, "{}")
	if at == 0 {
		entry = strings.ToUpper(entry[:1]) + entry[1:]
	}
	return tmpl[:at] + entry + tmpl[at+2:], at
}

// checkHedge checks that a claim of sentence has a cue covering the
// phrase at byte at ("according to some" may take the source noun after
// it, "rumor" the article before it), of the given kind, and no other
// cue, so that the claim's certainty is the cue's.
func checkHedge(t *testing.T, sentence string, at int, phrase string, kind HedgeKind, cert Certainty) {
	t.Helper()
	claims := claimsByRules(sentence) // the entry's effect, before a model judges it
	for _, c := range claims {
		for _, h := range c.Cues {
			if h.Start > at || h.End < at+len(phrase) {
				continue
			}
			if h.Kind != kind {
				t.Errorf("%q: cue %q is %s, want %s", sentence, h.Text, h.Kind, kind)
			}
			if len(c.Cues) != 1 {
				t.Errorf("%q: the claim has other cues %v: use a sentence with this cue alone", sentence, c.Cues)
			} else if c.Certainty != cert {
				t.Errorf("%q: claim %q is %s, want %s", sentence, c.Text, c.Certainty, cert)
			}
			return
		}
	}
	t.Errorf("%q: no claim cued by %q; got %s", sentence, phrase, describeClaims(claims))
}

func describeClaims(cs []Claim) string {
	if len(cs) == 0 {
		return "no claims"
	}
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "[%q %s", c.Text, c.Certainty)
		for _, h := range c.Cues {
			fmt.Fprintf(&b, " %q/%s", h.Text, h.Kind)
		}
		b.WriteString("] ")
	}
	return b.String()
}

// reportingSentence returns a sentence that uses the reporting verb v
// with a reported clause, fitting its form: "The mayor said that ...",
// "The mayor says ...", "The mayors say ...", "..., adding that ...",
// "has written that ...", and a hearer for the verbs that name one
// ("told residents that"). "{}" stands for v.
func reportingSentence(v string) string {
	after := ""
	switch {
	case strings.HasPrefix(v, "mak") || v == "made":
		after = " it clear" // "made it clear that"
	case strings.HasPrefix(v, "point"):
		after = " out" // "pointed out that"
	case quotes.TakesObject(v):
		after = " residents"
	}
	var subj, clause string
	switch {
	case pastParticiples[v]:
		subj, clause = "The mayor has {}", "the ferry will stop running"
	case strings.HasSuffix(v, "ing"):
		subj, clause = "The mayor spoke on Monday, {}", "the ferry would stop running"
	case strings.HasSuffix(v, "ed") || irregularPasts[v]:
		subj, clause = "The mayor {}", "the ferry would stop running"
	case strings.HasSuffix(v, "s"):
		subj, clause = "The mayor {}", "the ferry will stop running"
	default:
		subj, clause = "The mayors {}", "the ferry will stop running"
	}
	return subj + after + " that " + clause + "."
}

// The irregular past forms and past participles of reporting-verbs.txt
// and belief-verbs.txt.
var (
	irregularPasts  = fieldSet("said told wrote thought swore foresaw made found felt heard saw understood")
	pastParticiples = fieldSet("written shown foreseen sworn")
)

// TestReportingVerbEffects puts every entry of reporting-verbs.txt in a
// sentence that reports a clause and checks that Quotes finds the clause,
// cued by that verb.
func TestReportingVerbEffects(t *testing.T) {
	verbListEffects(t, "reporting-verbs.txt", reportingSentence,
		func(q Quote) bool { return strings.HasPrefix(q.Text, "that the ferry") },
		"say says said saying tell told add added argue argued claim claimed warn warned insist insisted "+
			"note noted explain explained announce announced admit admitted acknowledge acknowledged "+
			"confirm confirmed deny denied suggest suggested write wrote",
		"painted repaired builds cook cooking eaten")
}

// verbListEffects reads the word list name, checks that the core words
// are in it, that the control words (of no list) cue nothing in their
// sentences, and runs a subtest per entry that its sentence yields a
// quote cued by it that satisfies want.
func verbListEffects(t *testing.T, name string, sentence func(string) string, want func(Quote) bool, core, controls string) {
	t.Helper()
	words := lexicon.Words(name)
	have := map[string]bool{}
	for _, w := range words {
		have[w] = true
	}
	// The test's own expectations: the core words stay in the list.
	for _, w := range strings.Fields(core) {
		if !have[w] {
			t.Errorf("core word %q is missing from %s", w, name)
		}
	}
	// The sentences cue nothing by themselves: words of no list leave
	// them without a cued quote.
	for _, w := range strings.Fields(controls) {
		s, _ := fillEntry(sentence(w), w)
		for _, q := range Quotes(s) {
			if q.Cue != nil {
				t.Errorf("%q: got %s, want no cued quote", s, describeQuotes([]Quote{q}))
			}
		}
	}
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			s, at := fillEntry(sentence(w), w)
			qs := Quotes(s)
			for _, q := range qs {
				// The cue holds the word, with its auxiliaries as
				// PolNeAR marks them ("was bellowing").
				if q.Cue != nil && q.Cue.Start <= at && at < q.Cue.End && want(q) {
					return
				}
			}
			t.Errorf("%q: no quote cued by %q as expected; got %s", s, w, describeQuotes(qs))
		})
	}
}

func describeQuotes(qs []Quote) string {
	if len(qs) == 0 {
		return "no quotes"
	}
	var b strings.Builder
	for _, q := range qs {
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Fprintf(&b, "[%s %q cue %q] ", q.Kind, q.Text, cue)
	}
	return b.String()
}

// quoteVerbSentence returns a sentence that attributes a direct quote
// with the verb v of quote-verbs.txt, fitting its form, in a place where
// only a verb of the lists cues a quote: "She shouted, “...”" and "“...,”
// the mayor was shouting" (after a quote, "the mayor" followed by any
// verb in the past is read as its speaker and cue). "{}" stands for v.
func quoteVerbSentence(v string) string {
	switch {
	case v == "read" || v == "reads":
		return "The sign {}, “No ferry today.”"
	case strings.HasSuffix(v, "ing"):
		return "“The ferry will stop running,” the mayor was {}."
	case strings.HasSuffix(v, "ed") || v == "cried" || strings.HasSuffix(v, "s"):
		return "The mayor {}, “The ferry will stop running.”"
	}
	return "The residents {}, “The ferry will stop running.”"
}

// TestQuoteVerbEffects puts every entry of quote-verbs.txt next to a
// direct quote and checks that Quotes attributes the quote with that verb.
func TestQuoteVerbEffects(t *testing.T) {
	verbListEffects(t, "quote-verbs.txt", quoteVerbSentence,
		func(q Quote) bool { return q.Kind == Direct },
		"shouted wondered read laughed chanted yelled sighed", "painted paints painting paint")
}

// TestQuoteNounEffects puts every noun of quote-nouns.txt, with each of
// its prepositions, in a sentence ("The mayor's criticism of the ferry
// plan ...") and checks that Quotes finds what the noun reports, cued by
// it.
func TestQuoteNounEffects(t *testing.T) {
	lines := lexicon.Words("quote-nouns.txt")
	have := map[string]bool{}
	for _, l := range lines {
		have[l] = true
	}
	for _, l := range []string{"criticism of", "call for", "claim of that", "denial of that", "promise of to that", "vow to"} {
		if !have[l] {
			t.Errorf("core reporting noun %q is missing from quote-nouns.txt", l)
		}
	}
	sentence := func(noun, prep string) string {
		switch {
		case prep == "that":
			return "The mayor's " + noun + " that the ferry would stop running angered residents."
		case prep == "to" && noun != "opposition":
			return "The mayor's " + noun + " to end the ferry service angered residents."
		}
		return "The mayor's " + noun + " " + prep + " the ferry service angered residents."
	}
	for _, c := range [][2]string{{"painting", "of"}, {"memory", "that"}, {"plan", "to"}, {"support", "for"}} {
		s := sentence(c[0], c[1])
		if qs := Quotes(s); len(qs) != 0 {
			t.Errorf("%q: got %s, want no quotes", s, describeQuotes(qs))
		}
	}
	at := len("The mayor's ")
	for _, l := range lines {
		f := strings.Fields(l)
		for _, prep := range f[1:] {
			t.Run(f[0]+" "+prep, func(t *testing.T) {
				sentence := sentence(f[0], prep)
				qs := Quotes(sentence)
				for _, q := range qs {
					if q.Cue != nil && q.Cue.Start == at && strings.Contains(q.Text, "the ferry") {
						return
					}
				}
				t.Errorf("%q: no quote cued by %q; got %s", sentence, f[0], describeQuotes(qs))
			})
		}
	}
}

// mentionParticles gives the words a verb or adjective of
// mention-verbs.txt takes before what it names, by the entry's stem:
// "alluded to", "critical of", "spoke of".
var mentionParticles = map[string]string{
	"acquiesc": "to", "allud": "to", "apologiz": "for", "balk": "at", "critical": "of",
	"disagree": "with", "distanc": "himself from", "dwel": "on", "laid": "out", "lash": "out at",
	"lay": "out", "rail": "against", "refer": "to", "sided": "with", "siding": "with",
	"skeptical": "of", "sparr": "over", "speak": "of", "spoke": "of", "supportive": "of",
	"talk": "about", "touch": "on", "vouch": "for", "wary": "of", "weigh": "in on",
}

// The irregular past forms of mention-verbs.txt.
var mentionPasts = fieldSet("dwelt laid pled sought spoke")

// mentionSentence returns a sentence that uses v of mention-verbs.txt
// with an object naming what was said or wanted, fitting its form: "The
// mayor criticized the ferry plan", "The mayors criticize ...", "The mayor
// is criticizing ...", "The mayor is critical of ...". "{}" stands for v.
func mentionSentence(v string) string {
	obj := " the ferry plan."
	for stem, p := range mentionParticles {
		if strings.HasPrefix(v, stem) {
			obj = " " + p + obj
			break
		}
	}
	switch {
	case v == "critical" || v == "skeptical" || v == "supportive" || v == "wary":
		return "The mayor is {}" + obj
	case strings.HasSuffix(v, "ing"):
		return "The mayor is {}" + obj
	case strings.HasSuffix(v, "ss"):
		return "The mayors {}" + obj
	case v == "spoken":
		return "The mayor has {}" + obj
	case strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || mentionPasts[v]:
		return "The mayor {}" + obj
	}
	return "The mayors {}" + obj
}

// TestMentionVerbEffects puts every entry of mention-verbs.txt in a
// sentence and checks that Quotes finds what it names, cued by it.
func TestMentionVerbEffects(t *testing.T) {
	verbListEffects(t, "mention-verbs.txt", mentionSentence,
		func(q Quote) bool { return strings.Contains(q.Text, "the ferry plan") },
		"called criticized praised condemned blamed endorsed opposed rejected", "painted paints painting paint")
}

// TestAttitudeVerbEffects puts every entry of belief-verbs.txt,
// intent-verbs.txt and view-verbs.txt in the frame it reports in ("knew
// that ...", "plans to ...", "views X as Y") and checks that Quotes finds
// what it reports, cued by it.
func TestAttitudeVerbEffects(t *testing.T) {
	verbListEffects(t, "belief-verbs.txt", func(v string) string {
		switch v {
		case "adamant", "confident", "hopeful", "optimistic", "pessimistic":
			return "The mayor is {} that the ferry will stop running."
		}
		return reportingSentence(v)
	}, func(q Quote) bool { return strings.HasPrefix(q.Text, "that the ferry") },
		"know knows felt realized confident", "painted cooking angry")
	verbListEffects(t, "intent-verbs.txt", func(v string) string {
		return verbFormSentence(v, "to end the ferry service")
	}, func(q Quote) bool { return strings.Contains(q.Text, "end the ferry service") },
		"plans planned decided intends", "painted cooking tried")
	verbListEffects(t, "view-verbs.txt", func(v string) string {
		return verbFormSentence(v, "the ferry plan as a mistake")
	}, func(q Quote) bool { return strings.Contains(q.Text, "ferry plan") },
		"regards views regarded", "painted cooking")
}

// verbFormSentence returns "The mayor {} REST.", fitting the form of v:
// "The mayors plan to", "The mayor is planning to".
func verbFormSentence(v, rest string) string {
	switch {
	case strings.HasSuffix(v, "ing"):
		return "The mayor is {} " + rest + "."
	case strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s"):
		return "The mayor {} " + rest + "."
	}
	return "The mayors {} " + rest + "."
}

// fieldSet is the set of the space-separated words of s.
func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
