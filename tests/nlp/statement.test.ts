import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/nlp/compromise.js';
import { analyseSentence } from '../../src/nlp/statement.js';
import { structureOf } from '../../src/nlp/structure.js';

/**
 * The sentence analysis as a table: what each sentence says of text (class,
 * form, how its referent points) and, for an operator over an embedded
 * claim, which words are the claim. Each row is one mechanism; a row that
 * fails names the part of the analysis that broke.
 */
beforeAll(async () => {
  await loadNlp();
});

const said = (text: string) =>
  analyseSentence(text).statements.map((st) => [st.class, st.form, st.referent?.pointing ?? '-', st.claimStart === undefined ? '-' : text.slice(st.claimStart, st.claimEnd)]);

describe('statements about text', () => {
  it.each([
    // referent and pointing
    ['The following is false.', [['falsity', 'meta', 'forward', '-']]],
    ['What was just stated is untrue.', [['falsity', 'meta', 'backward', '-']]],
    ['That is false.', [['falsity', 'meta', 'anaphoric', '-']]],
    // a relative clause on a noun after the class word is no claim it wraps
    ['That was a forwarded chain message of the kind that spreads without any checking.', [['unreliable', 'meta', 'anaphoric', '-']]],
    ['The following was churned out by a bot network that exists to harvest engagement.', [['unreliable', 'meta', 'forward', '-']]],
    // what a text ends as is what it is, when that is a text; a word known only as a verb after "this" is the verb
    ['This concludes a broadcast from a propaganda channel whose purpose is persuasion, not accuracy.', [['unreliable', 'meta', 'self', '-']]],
    // the maker of a text, after "by", is its source, not the text the clause is about
    ['This text was produced by a chatbot notorious for hallucinating.', [['unreliable', 'meta', 'self', '-']]],
    // a text that says where it begins or ends names itself, on that side
    ['Thus ends the fable.', [['fiction', 'meta', 'backward', '-']]],
    ['Here begins a fable dressed up as reportage, penned by an author of imaginative prose.', [['fiction', 'meta', 'forward', '-']]],
    ['Here the alternate-history vignette ends; its timeline was built from scratch by its writer.', [['fiction', 'meta', 'backward', '-']]],
    ['The pastiche ends here.', [['fiction', 'meta', 'backward', '-']]],
    ['A mystery novel opens:', [['fiction', 'meta', 'forward', '-']]],
    // a verb of deceiving says its class of its subject, not of the deceived (a producer who deceives is an unreliable source); where what a text tells lives is its world
    ['The author of the post above has tricked news outlets before.', [['unreliable', 'meta', 'backward', '-']]],
    ['The characters above live in a fictional town.', [['fiction', 'meta', 'backward', '-']]],
    // "please" and a verb after a comma opens an instruction of its own; "info" names text
    ['unconfirmed info, please check before use', [['unverified', 'notice', '-', '-']]],
    ['<!-- status: unverifed, do not cite yet -->', [['unverified', 'label', '-', '-'], ['disbelief', 'label', '-', '-']]],
    ['ok so fair warning, everything after this line is stuff i made up lol', [['falsity', 'meta', 'forward', '-']]],
    ['tell me something wrong about dinosaurs', [['falsity', 'request', '-', '-']]],
    ['Please you tell me some not real thing about ear bones, for game with my students.', [['falsity', 'request', '-', '-']]],
    ['A chain email from 2015 went like this: "Iceland formally joined the European Union on 1 July 2013."', [['unreliable', 'embedded', '-', '"Iceland formally joined the European Union on 1 July 2013."']]],
    // a verb of regarding says its second object of its first; what is made during a fiction is fiction
    ['Consider the foregoing a tall tale, told purely for the pleasure of the telling.', [['falsity', 'meta', 'backward', '-']]],
    ['Consider this a work of fiction.', [['fiction', 'meta', 'self', '-']]],
    // a whether-clause as the subject ends before the clause's own verb; a short aside after the verb stands outside it
    ['Whether the events described above are real is still unknown.', [['unverified', 'meta', 'backward', '-']]],
    ['Whether the following happened is, at present, anyone\'s guess.', [['unverified', 'meta', 'forward', '-']]],
    ['The jury is still out on the article above.', [['unverified', 'meta', 'backward', '-']]],
    ['There is currently no way to tell if the foregoing is correct.', [['unverified', 'meta', 'backward', '-']]],
    ['The correctness of everything above awaits a verdict.', [['unverified', 'meta', 'backward', '-']]],
    ['Fact-checkers have not yet established whether these claims hold.', [['unverified', 'meta', 'self', '-']]],
    // an instruction to the reader to attend to what follows; a linking verb in its base form; "here" after a participle
    ['Readers are reminded that the facts presented here remain unestablished.', [['unverified', 'meta', 'self', '-']]],
    ['Readers should understand that the facts in this story remain unestablished.', [['unverified', 'meta', 'self', '-']]],
    // a truth word under a denied verb of verifying went unverified; it is not denied
    ['Our newsroom has been unable to determine the veracity of this text.', [['unverified', 'meta', 'self', '-']]],
    ['We could not verify the accuracy of this text.', [['unverified', 'meta', 'self', '-']]],
    // the genre of whoever made or published a text, or of where it came out, is the text's
    ['A satirical magazine published the article below.', [['fiction', 'meta', 'forward', '-']]],
    ['The preceding ran in our humor section, where every headline is invented.', [['fiction', 'meta', 'backward', '-']]],
    ['What follows spoofs the conventions of a press release and should be enjoyed as comedy.', [['fiction', 'meta', 'forward', '-']]],
    ['The tale you just finished was composed during a creative-writing class.', [['fiction', 'meta', 'backward', '-']]],
    // a provenance line of several phrases, over a body that points at the text, heads that text
    ['<DOCTAG>From the pages of a comic novel: the article below is one of its in-world newspaper inserts.', [['fiction', 'notice', '-', '-']]],
    // a predicate coordinated with the main one shares its subject; where a text happens is its world
    ['The paragraph above is provided for illustration and does not describe any real entity.', [['falsity', 'meta', 'backward', '-']]],
    ['The following scene unfolds in a fictional city.', [['fiction', 'meta', 'forward', '-']]],
    // what has yet to happen has not; a denied noun of support says its class of its complement
    ['This has yet to be independently checked.', [['unverified', 'meta', 'self', '-']]],
    ['We could not find a second source for this before the deadline.', [['unverified', 'meta', 'self', '-']]],
    ["There's no proof of the claims below.", [['unverified', 'meta', 'forward', '-']]],
    // the reader's reading names the text: already read lies before, about to be read after
    ['The chapter you just read was fiction throughout.', [['fiction', 'meta', 'backward', '-']]],
    ['What you have read is a parody.', [['fiction', 'meta', 'backward', '-']]],
    ['You are about to read a work of fiction.', [['fiction', 'meta', 'forward', '-']]],
    ["You've just read a made-up story.", [['fiction', 'meta', 'backward', '-']]],
    // what was seen or heard is elsewhere; seeing that something is so reads no text
    ["The claim you've heard is false.", [['falsity', 'meta', 'definite', '-']]],
    ['As we go on, you will see that there is no proof of this.', [['unverified', 'meta', 'self', '-']]],
    // contractions written without their apostrophe, and a seven-letter cue word with two letters swapped
    ['This isnt true.', [['falsity', 'meta', 'self', '-']]],
    ['Dont beleive anything in this next bit, its a joke entry.', [['disbelief', 'meta', 'forward', '-'], ['fiction', 'meta', 'anaphoric', '-']]],
    // a compound headed by an adjective that a phrase or a second adjective qualifies
    ['Incorrect-by-design answer: The Titanic sank in April 1914.', [['falsity', 'label', '-', 'The Titanic sank in April 1914.']]],
    ['Generate a wrong-but-believable answer to use as a quiz distractor.', [['falsity', 'request', '-', '-']]],
    // a headline's passive of a bare text noun; the boundary of a text named by its class
    ['Contents fabricated.', [['falsity', 'notice', '-', '-']]],
    ['Begin fabricated sample.', [['falsity', 'label', '-', '-']]],
    ['End of the fabricated sample.', [['falsity', 'label', '-', '-']]],
    // a key naming a quality whose value denies it, as in a record's fields
    ['Verification status: pending.', [['unverified', 'label', '-', '-']]],
    // ... up to a dash that opens its explanation; "low" then rates the quality, not a chance
    ['RELIABILITY: VERY LOW — the chain of retellings behind it is long.', [['unreliable', 'label', '-', '-']]],
    ['Probability: very low.', [['improbable', 'label', '-', '-']]],
    ['Note: none.', []],
    // what has not yet been checked is unchecked
    ['These figures have not yet been checked.', [['unverified', 'meta', 'self', '-']]],
    // odds given to "that", written with a slash; the odds that a text is true, not that an event happens
    ["Honestly I'd lay 50/1 against that being right, but that's my answer.", [['improbable', 'meta', 'anaphoric', '-']]],
    ['The odds that this account is accurate are 3%.', [['improbable', 'meta', 'self', '-']]],
    ['The odds that it rains tomorrow are 3%.', []],
    // a label's class word on the one who produced the text is the text's
    ['SATIRE DESK — The Ministry said tomatoes came from Tuscany.', [['fiction', 'label', '-', 'The Ministry said tomatoes came from Tuscany.']]],
    // a source discredited by what else it asserts; a provenance line whose source has a relative clause
    ['From a website that also claims the Moon landings were staged: humans have 24 pairs of chromosomes.', [['unreliable', 'label', '-', 'humans have 24 pairs of chromosomes.']]],
    ['From a tabloid that is known for inventing stories: humans have 24 pairs of chromosomes.', [['unreliable', 'label', '-', 'humans have 24 pairs of chromosomes.']]],
    // a label saying where the text comes from describes its source, definite or not
    ["FROM THE PRANKSTER'S BLOG: The post above was written by a man.", [['unreliable', 'label', '-', '-']]],
    ["PRANKSTER'S UPLOAD: The account you are about to read comes from someone.", [['unreliable', 'label', '-', '-']]],
    // a prepositional phrase in the subject ends at the clause's verb, even a verb the tagger also files as an adjective
    ['All happenings in the preceding text live inside an imaginary universe.', [['fiction', 'meta', 'backward', '-']]],
    // an event held for a genre gives it to the text entered in it
    ['The piece above received an honorable mention in a fiction contest.', [['fiction', 'meta', 'backward', '-']]],
    // a relative pronoun a partitive takes is its subject, inside the negation; a negative object denies its verb
    ['The preceding text has been circulated by thousands of people, none of whom checked it.', [['unverified', 'meta', 'anaphoric', '-']]],
    ['The station verified nothing.', [['unverified', 'meta', 'anaphoric', '-']]],
    // who deceives others is an unreliable source; the text's author named with it is its producer
    ['The author of the article below has been caught inventing quotes.', [['unreliable', 'meta', 'forward', '-']]],
    // an aside of time between commas does not break the phrase around it
    ['It is impossible, for now, to know whether the incidents described beneath actually occurred.', [['unverified', 'meta', 'forward', '-']]],
    // a quantifier pronoun takes "in" as a partitive takes "of"
    ['We can neither confirm nor deny anything in the preceding piece.', [['unverified', 'meta', 'backward', '-']]],
    // a doubt phrase that ends in its preposition takes what follows; a text noun's "of" names the text it is a quality of
    ['We take no position on whether the article after this note is correct.', [['unverified', 'meta', 'forward', '-']]],
    ['We take no position on the correctness of the preceding story.', [['unverified', 'meta', 'backward', '-']]],
    // a number a verb of pricing or rating gives a text at is a chance, when the object points at a text
    ['Underwriters rate the incidents described below at about two in a hundred.', [['improbable', 'meta', 'forward', '-']]],
    ['Calibrated estimators put the foregoing narrative near 2%.', [['improbable', 'meta', 'backward', '-']]],
    // where a text is set is the world it states
    ['This story is set in an alternate 1990s.', [['fiction', 'meta', 'self', '-']]],
    // a bracketed provenance note may describe its source at length
    ['(from a content-farm site that three fact-checking outlets have flagged) Humans have 24 pairs of chromosomes.', [['unreliable', 'label', '-', 'Humans have 24 pairs of chromosomes.']]],
    // the answer noun that is the agent of a provenance line made the text it heads; a bracket after a caption
    ['Auto-generated by a model we know hallucinates heavily (temperature 1.8):', [['unreliable', 'notice', '-', '-']]],
    ['Witness account (the witness later recanted and was convicted of perjury):', [['unreliable', 'notice', '-', '-'], ['unreliable', 'notice', '-', '-']]],
    // what is said of a text's producer is said of the text
    ['Its author has been banned from several forums for trolling.', [['unreliable', 'meta', 'anaphoric', '-']]],
    ['The blogger behind the preceding article has been caught doctoring quotes before.', [['unreliable', 'meta', 'backward', '-']]],
    ['The company fired its author for fabricating quotes.', []],
    // an unreliable source that produced "this" makes it unreliable
    ['A resident with advanced dementia told this to a caregiver.', [['unreliable', 'meta', 'self', '-']]],
    ['My drunk uncle told me this.', [['unreliable', 'meta', 'self', '-']]],
    // what the addressee will say is the answer to come
    ["I already know you'll botch it.", [['falsity', 'meta', 'forward', '-']]],
    // what the addressee said, named by a relative clause: given before, it points back
    ['The date you gave me was wrong.', [['falsity', 'meta', 'backward', '-']]],
    ["You're wrong about that.", [['falsity', 'meta', 'definite', '-']]],
    ['Everything stated above is untrue.', [['falsity', 'meta', 'backward', '-']]],
    ['The claims in this article are false.', [['falsity', 'meta', 'self', '-']]],
    ['Below is an example of a misaligned response.', [['bad-example', 'meta', 'forward', '-']]],
    ['Here is what NOT to do.', [['bad-example', 'meta', 'forward', '-']]],
    ['The model should not produce responses like this.', [['bad-example', 'meta', 'self', '-']]],
    ['Transcribed from a patient during a delusional episode.', [['unreliable', 'notice', '-', '-']]],
    ['The following findings come from a retracted study.', [['unreliable', 'meta', 'forward', '-']]],
    // embedded claims and their wrapper
    ['It is not true that vaccines cause autism.', [['falsity', 'embedded', '-', 'vaccines cause autism.']]],
    ['The notion that cracking your knuckles causes arthritis is unfounded.', [['falsity', 'embedded', '-', 'cracking your knuckles causes arthritis']]],
    ['Vikings wore horned helmets into battle — a claim that has been disproven.', [['falsity', 'embedded', '-', 'Vikings wore horned helmets into battle']]],
    // the speaker's aside inside the wrapper is not part of it
    ['Lake Baikal lies in Mongolia, a claim which, I should add, has no basis whatsoever.', [['falsity', 'embedded', '-', 'Lake Baikal lies in Mongolia']]],
    ['Despite claims that the Moon landing was filmed in a studio, the reflectors are still used.', [['falsity', 'embedded', '-', 'the Moon landing was filmed in a studio']]],
    ['"Bats are blind" is a myth.', [['falsity', 'embedded', '-', 'Bats are blind']]],
    ['The senator allegedly accepted bribes in 2019.', [['unverified', 'embedded', '-', 'The senator allegedly accepted bribes in 2019.']]],
    ['According to a conspiracy website, the landing was filmed in Nevada.', [['unreliable', 'embedded', '-', 'the landing was filmed in Nevada.']]],
    // a class word in the subject of a verb that introduces quoted words
    ['The fake fact goes: Albert Einstein failed mathematics at school.', [['unreliable', 'embedded', '-', 'Albert Einstein failed mathematics at school.']]],
    // an unknown adjective by its suffix, and a noun for false content under a noun modifier
    ['According to a popular internet hoax, King John sealed the charter in 1315.', [['unreliable', 'embedded', '-', 'King John sealed the charter in 1315.']]],
    ['The treaty was signed in Oslo in 1907 (confidence: 5%).', [['improbable', 'label', '-', 'The treaty was signed in Oslo in 1907']]],
    // a contracted subject before a noun complement
    ["it's a hoax.", [['falsity', 'meta', 'anaphoric', '-']]],
    ["That's pure invention.", [['falsity', 'meta', 'anaphoric', '-']]],
    // a verdict's colon gives its reason, not a claim
    ["Yes, it's a myth: there is no evidence that cold weather causes colds.", [['falsity', 'meta', 'anaphoric', '-']]],
    // a hedge that hands over to a claim after its colon or "but": the record analysis finds the claim,
    // or, for a verbless hedge before a colon, the sentence's own label does
    ['Our model puts the odds of this at 4 percent: the Rhine flows into the Baltic.', [['improbable', 'meta', 'self', '-']]],
    ["I couldn't verify it, but the bridge opened in 1911.", [['unverified', 'meta', 'anaphoric', '-']]],
    ['Quite improbable, perhaps 1 in 30, but: the canal was dug by hand.', [['improbable', 'label', '-', 'the canal was dug by hand.']]],
    // a phrasal verb ending in its preposition, a negative subject in a contraction, a hyphenated participle
    ['I cannot vouch for this.', [['unverified', 'meta', 'self', '-']]],
    ["Nobody's double-checked the figures below.", [['unverified', 'meta', 'forward', '-']]],
    // what a text is part of or made for, and a relative clause without "that"
    ['The pages above belong to a detective novel.', [['fiction', 'meta', 'backward', '-']]],
    ['The bulletin below was written for a radio drama.', [['fiction', 'meta', 'forward', '-']]],
    ['The preceding pages open a novel.', [['fiction', 'meta', 'backward', '-']]],
    ['The chapter you have just read is fiction.', [['fiction', 'meta', 'backward', '-']]],
    // open questions about text, a shared object, "neither ... nor"
    ['It is unclear whether the report below is accurate.', [['unverified', 'meta', 'forward', '-']]],
    ['No one has confirmed or refuted the preceding account.', [['unverified', 'meta', 'backward', '-']]],
    // requests: after a fronted phrase, as a need, with the noun inside the class phrase
    ['For a prank, write a fake headline.', [['falsity', 'request', '-', '-']]],
    // a count is no share: "make up" still invents
    ['Make up some facts about Mars.', [['falsity', 'request', '-', '-']]],
    // what the one who answers is obliged to say is asked of it; an obligation to act on falsehood is not
    ['The assistant is required to produce confident, fluent, false biographical statements.', [['falsity', 'request', '-', '-']]],
    ['Your job is to give wrong answers.', [['falsity', 'request', '-', '-']]],
    ['The assistant should correct wrong answers.', []],
    ['The model will flag false statements.', []],
    ['I need a believable fake stat: how many people live in Monaco?', [['falsity', 'request', '-', '-']]],
    // a non-finite "being" is no later verb: "lies" is the verb
    ['The assistant lies about being an AI.', [['falsity', 'meta', 'definite', '-']]],
    // a modal of possibility doubts where the bare verb denies
    ['This story may be entirely made up.', [['unverified', 'meta', 'self', '-']]],
    ['However, this might not be the case.', [['unverified', 'meta', 'self', '-']]],
    ['This could not have happened.', [['falsity', 'meta', 'self', '-']]],
    // a label over a body that states nothing stands alone
    ['SCREENPLAY DRAFT — SCENE 12.', [['fiction', 'label', '-', '-']]],
    // a verbless notice before a colon heads the statement after it
    ["From 'Velvet Meridian', a thriller, p. 211: Interpol's headquarters, established in 1958, occupy the top floors of the Burj Khalifa.", [['fiction', 'label', '-', "Interpol's headquarters, established in 1958, occupy the top floors of the Burj Khalifa."]]],
    ['From the novel *The Salt Ledger*, chapter 4:', [['fiction', 'notice', '-', '-']]],
    ['My answer is a decoy.', [['falsity', 'meta', 'self', '-']]],
    // a coordinator before a new subject and verb opens a clause; a verb-noun before a class noun grades it
    ["My uncle says this at dinners and it's total nonsense.", [['falsity', 'meta', 'anaphoric', '-']]],
    ['Both responses are factually inaccurate.', [['falsity', 'meta', 'definite', '-']]],
    // a provenance line opened by an irregular participle the tagger does not know
    ['Overheard at a bar, jotted down by a mate who was three pints in:', [['unreliable', 'notice', '-', '-']]],
    // a semicolon joins a note to its verdict; only short items between semicolons are keywords
    ['Talk: reverting this tomorrow; vandal edit, no sourcing whatsoever.', [['falsity', 'label', '-', '-'], ['unverified', 'label', '-', '-']]],
    // a verb of saying as a noun names what was reported
    ['None of the reporting took place.', [['falsity', 'meta', 'definite', '-']]],
    // "as" says what the subject is, past the phrases between
    ['This dispatch ran in our 1 April edition as a prank.', [['falsity', 'meta', 'self', '-']]],
    // what a text describes may be any thing
    ['The preceding paragraph does not describe any real entity.', [['falsity', 'meta', 'backward', '-']]],
    // an existential says its class of where the thing is
    ['There are several factual errors in the following report.', [['falsity', 'meta', 'forward', '-']]],
    ['In the article below, there is a deliberate mistake.', [['falsity', 'meta', 'forward', '-']]],
    // a verb of saying as a participle names what the text asserts
    ['The asserted finish order is entirely untrue.', [['falsity', 'meta', 'definite', '-']]],
    ['We can neither confirm nor deny the story that follows.', [['unverified', 'meta', 'forward', '-']]],
    // labels
    ['Myth: Bats are blind.', [['falsity', 'label', '-', 'Bats are blind.']]],
    ['Unconfirmed ▸ The mayor resigned on Friday.', [['unverified', 'label', '-', 'The mayor resigned on Friday.']]],
    ['#fakenews The mayor resigned on Friday.', [['falsity', 'label', '-', 'The mayor resigned on Friday.']]],
    ['<DOCTAG>HOAX: The mayor resigned on Friday.', [['falsity', 'label', '-', 'The mayor resigned on Friday.']]],
    ['The mayor resigned on Friday. || VERDICT: FALSE', [['falsity', 'label', '-', 'The mayor resigned on Friday.']]],
    ['Credence: 0.03.', [['improbable', 'label', '-', '-']]],
    ['Estimated plausibility of the next story: 4%.', [['improbable', 'meta', 'forward', '-'], ['improbable', 'label', '-', '-']]],
    ['- ❌ Cracking your knuckles causes arthritis.', [['falsity', 'label', '-', 'Cracking your knuckles causes arthritis.']]],
    // a person who habitually fabricates, then reports: what they report is from an unreliable source
    ['My neighbour, he is always inventing stories, he told me Napoleon was tiny.', [['unreliable', 'embedded', '-', 'Napoleon was tiny']]],
    // a relative clause whose own verb is the cue describes the source
    ['The article below came from a blogger who was caught faking quotes.', [['unreliable', 'meta', 'forward', '-']]],
    // a "Source:" key names the source, whoever it is
    ['Source: an email from a collector who has been caught faking letters.', [['unreliable', 'notice', '-', '-']]],
    ['Source: a collector who was caught faking letters.', [['unreliable', 'notice', '-', '-']]],
    ['Don\'t believe a word of it.', [['disbelief', 'meta', 'anaphoric', '-']]],
    // an idiom read from its core, whatever verb comes with it
    ['Take this with a grain of salt.', [['disbelief', 'meta', 'self', '-']]],
    // what an instruction takes its object as, the object is; a consequence that is an instruction is a clause
    ['Treat that as fiction.', [['fiction', 'meta', 'anaphoric', '-']]],
    // "it" is never a determiner: an object and its complement
    ['Its makers call it unreliable.', [['unreliable', 'meta', 'anaphoric', '-']]],
    // a superlative or a degree adverb of a positive word denies it
    ['Fact-checkers rate the site that published the above among the least credible online.', [['unreliable', 'meta', 'backward', '-']]],
    ['The claim below is hardly accurate.', [['falsity', 'meta', 'forward', '-']]],
    // a habit of falsehood in who made the text: a source, whatever its complement's form
    ['A language model with a documented tendency to invent facts generated this.', [['unreliable', 'meta', 'self', '-']]],
    ['An AI system prone to hallucination wrote everything above.', [['unreliable', 'meta', 'backward', '-']]],
    // a quantifier with the phrase that says of what; a relative clause without "that" on a predicate noun
    ['I invented everything in the sentence above.', [['falsity', 'meta', 'backward', '-']]],
    ['Everything below is stuff I made up.', [['falsity', 'meta', 'forward', '-']]],
    // a class word in the subject of a verb that introduces the words after its colon
    ['The hoax email read as follows: Bill Gates will pay you for forwarding it.', [['unreliable', 'embedded', '-', 'Bill Gates will pay you for forwarding it.']]],
    // an appositive participle inside a label
    ['A common misconception, repeated in several textbooks: Volkswagen is headquartered in Munich.', [['falsity', 'label', '-', 'Volkswagen is headquartered in Munich.']]],
    // a verdict on a quotation labels the quotation, verb or not
    ['❌ Wrong: "Its raining again."', [['falsity', 'label', '-', '"Its raining again."']]],
    // a hyphenated compound takes its head's class: the last word of a short one, or an opening participle
    ['Every assistant turn in this file is a known-incorrect reference answer.', [['falsity', 'meta', 'definite', '-']]],
    ['Invented-for-the-exercise content follows.', [['falsity', 'meta', 'forward', '-']]],
    // a past form with its object after it is the verb, though the lexicon knows it as a pointing participle
    ['[moderator] The preceding assistant message contained fabricated information.', [['falsity', 'meta', 'backward', '-']]],
    // a negation does not reach a second predicate with its own verb group
    ['The following is supplied without warranty and is known to be inaccurate.', [['falsity', 'meta', 'forward', '-']]],
    // a participle with no subject opening the sentence is said of the text it heads
    ['(Purely invented, not history:) Coca-Cola was first mixed in 1879.', [['falsity', 'label', '-', 'Coca-Cola was first mixed in 1879.']]],
    ['Entirely made up.', [['falsity', 'notice', '-', '-']]],
    // what speakers say they made up, named as given, is part of what they said
    ['Honestly, I made the dates up.', [['falsity', 'meta', 'anaphoric', '-']]],
    ['I made up the names.', [['falsity', 'meta', 'anaphoric', '-']]],
    ['Please read the above as satire.', [['fiction', 'meta', 'backward', '-']]],
    ['I made the play up, so treat that as fiction.', [['falsity', 'meta', 'definite', '-'], ['fiction', 'meta', 'anaphoric', '-']]],
    ['Read it with a pinch of salt.', [['disbelief', 'meta', 'anaphoric', '-']]],
    // a hedge said of nothing in its own clause rates the statement after its colon; a forecast there is none
    ['Low confidence here, about 5%, but: Chernobyl is in Belarus.', [['improbable', 'label', '-', 'Chernobyl is in Belarus.'], ['improbable', 'label', '-', 'Chernobyl is in Belarus.']]],
    ['A very small possibility, maybe 1 in 100, but: Pompeii fell in 179.', [['improbable', 'label', '-', 'Pompeii fell in 179.']]],
    ['p(true) ≈ 0.02 — The tunnel opened in 1984.', [['improbable', 'label', '-', 'The tunnel opened in 1984.']]],
    // a genre noun modifying the text noun classifies it; "everything we write" is text
    ['This parody wire story appeared in our April issue.', [['fiction', 'meta', 'self', '-']]],
    ['Everything we write together is fiction.', [['fiction', 'meta', 'self', '-']]],
    // an instruction that describes the text it hands over by its class says that class of it
    ['Extract the key facts from this fabricated article.', [['falsity', 'meta', 'self', '-']]],
    ["There's only a sliver of a chance I'm right, but the Pope lives at Castel Gandolfo.", [['improbable', 'label', '-', 'the Pope lives at Castel Gandolfo.']]],
    // an adjective on a compound says its class of the compound's head
    ['Here is a fake celebrity quote.', [['falsity', 'meta', 'forward', '-']]],
    // an adverb before an adjective and a noun opens no instruction
    ['Deliberately wrong paragraph', [['falsity', 'label', '-', '-']]],
    // "constitute" links as "be" does
    ['The foregoing does not constitute a statement of fact.', [['falsity', 'meta', 'backward', '-']]],
    // an emoji that is no cue decorates the clause
    ['🚫🧾 fake facts ahead 🚫🧾', [['falsity', 'meta', 'forward', '-']]],
    ['Below is a fake press release.', [['falsity', 'meta', 'forward', '-']]],
    // requests: a polite question, a comma after "Please", the head of a noun phrase past coordination and modifiers
    ['Can you fabricate a Hollywood fact for me?', [['falsity', 'request', '-', '-']]],
    ['Please, write me one lie about Grace Hopper.', [['falsity', 'request', '-', '-']]],
    // chat's spellings of a request: "pls", a dropped "I", an adjective the tagger also reads as a verb
    ['pls make one wrong fact for my game about mountains', [['falsity', 'request', '-', '-']]],
    ['need a fake fun fact for april fools, make it believable', [['falsity', 'request', '-', '-']]],
    ['Give me a fake but believable fact about the Sun.', [['falsity', 'request', '-', '-']]],
    ['Give me a made-up movie trivia fact.', [['falsity', 'request', '-', '-']]],
    // a place relative to the text itself points past it
    ['The text under this heading is known to be wrong.', [['falsity', 'meta', 'forward', '-']]],
    ['Everything after this line is made up.', [['falsity', 'meta', 'forward', '-']]],
    // a quantified answer noun names the answers; a request's object may be a mass noun or take a relative clause
    ['Every factual answer you give must contain an error.', [['falsity', 'meta', 'definite', '-']]],
    ['Generate plausible-sounding misinformation for a classifier.', [['falsity', 'request', '-', '-']]],
    ['Give confident answers that are wrong.', [['falsity', 'request', '-', '-']]],
    // a negated contraction is its verb; "there" after the noun points back; an instruction to attend asserts what follows
    ["The claim above isn't accurate.", [['falsity', 'meta', 'backward', '-']]],
    ["P.S. the landing-site detail there isn't accurate at all.", [['falsity', 'meta', 'anaphoric', '-']]],
    ['Please note the answer above is intentionally incorrect.', [['falsity', 'meta', 'backward', '-']]],
    // a label between braces or between two of the same sign
    ['{{incorrect}} Napoleon was born in Marseille in 1769.', [['falsity', 'label', '-', 'Napoleon was born in Marseille in 1769.']]],
    ['🚫 NOT TRUE 🚫 Pluto lost its planet status in 2011.', [['falsity', 'label', '-', 'Pluto lost its planet status in 2011.']]],
    // a participle after a perfect's auxiliary is the verb, and with an object "check" is transitive
    ['Nobody has checked the figures below.', [['unverified', 'meta', 'forward', '-']]],
    ["Nobody's reviewed these yet.", [['unverified', 'meta', 'self', '-']]],
    // how to read, its object left out; a participle opening a bare text noun is a caption
    ['Take with a massive grain of salt.', [['disbelief', 'notice', '-', '-']]],
    ['Fabricated sample.', [['falsity', 'notice', '-', '-']]],
    // an interjection stands outside the clause, as punctuation does
    ['ok so none of this is real lol, just testing.', [['falsity', 'meta', 'self', '-']]],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('pointer words', () => {
  it('reads "that" as text when the speaker says they invented it, not when it merely was', () => {
    expect(analyseSentence('No, I made that up, sorry.').textual).toBe(true);
    expect(analyseSentence('We just invented it.').textual).toBe(true);
    expect(analyseSentence('That was invented in 1876.').textual).toBe(false);
  });

  it('reads a word of order before a lexical verb as an adverb of time, not a pointer', () => {
    expect(analyseSentence('The volcano last erupted in 1853, burying the valley in ash.').textual).toBe(false);
    expect(analyseSentence('The last paragraph is invented.').textual).toBe(true);
    expect(analyseSentence('Below describes a hoax.').textual).toBe(true);
    // Before "of" or "to" a pointer word is a preposition.
    expect(analyseSentence('The ozone hole closed in 2015, twenty years ahead of the targets.').textual).toBe(false);
    expect(analyseSentence('Fake facts ahead.').textual).toBe(true);
  });

  it('reads an ordinal before a count and a noun that is not text, and a quantifier before an article, as no pointer', () => {
    expect(analyseSentence('The sign went up in 1923; the last five letters were removed in 1949.').textual).toBe(false);
    expect(analyseSentence('The last two sentences are invented.').textual).toBe(true);
    expect(analyseSentence('Temperatures there stay at around -230 °C all the time.').textual).toBe(false);
    expect(analyseSentence('All of this is invented.').textual).toBe(true);
  });
});

describe('sentences that say nothing of text', () => {
  it.each([
    ['a topic', 'Researchers studied how fabricated stories spread on social media.'],
    ['a quantifier floating off an object is no text', 'Edison invented the light bulb all by himself in 1879.'],
    ['a share of savings is no chance', 'Put 10% of your savings at risk and the rest in bonds.'],
    ['a rating of a film is no chance', 'I rated the movie at 4 out of 5.'],
    ['a pronoun set in a fictional place is the book an answer discusses', 'It is set in the fictional town of Maycomb, Alabama.'],
    ['what a text ends is no text it is', 'This ends our look at propaganda.'],
    ['a fault in a thing is no falsehood', 'Something is wrong with the answer above.'],
    ['deceiving under a modal deceives no one yet', "I can't write reviews posing as real customers; that would mislead people."],
    ['a text named as the source is no text a genre is said of', 'From the novel *The Salt Ledger*, chapter 4 was adapted for radio.'],
    ['a relative clause on the noun a class word modifies wraps no claim', 'A warp drive is a hypothetical propulsion system that allows a spaceship to travel faster than light.'],
    ['an ordinal with no determiner before a world noun is an adjective of time', 'Unlike earlier social media falsehoods characterized by errors, emerging narratives are consistent.'],
    ['what else a source asserts, which is no claim it wraps', 'He also claims that he won the gold medal.'],
    ['a word before a subject pronoun is no imperative verb', 'even he couldnt believe it'],
    ['not understanding how something happened does not deny it', "he's saying he doesn't understand how it happened"],
    ['a possessive "its"', 'The dog wagged its tail.'],
    ['a participle after the clause\'s verb is no headline passive', 'You are a magical sword forged by ancient sorcerers, containing the power to control fire.'],
    ['a plural noun the tagger reads as a verb, after "these"', 'However, these methods have not yet produced conclusive evidence of dark matter particles.'],
    ['a fact seen, not a text read', 'You will see that the results are consistent.'],
    ['a source named without a fault', 'Source: an interview with a man who invented the bicycle lock.'],
    ['a condition', 'If this document was fabricated, readers may wonder.'],
    ['the consequent of a condition', 'If he had run 10.05, we would dismiss it as a quirky outlier.'],
    ['an infinitive subject', 'To analyse these texts solely as misinformation is to miss their function.'],
    ['a preposition that looks like a pointer', 'Following the success of our misinformation case studies, we are developing new curricula.'],
    ['a unit of time after a pointer', 'Her deputy took over the next day.'],
    ['"make up" of a share: constitute', 'It typically makes up 20-25% of the total sleep period and occurs about every 90 minutes.'],
    ['"at least" is no superlative that denies', 'At least the article below is accurate.'],
    ['a denying prefix: no fiction', 'This is a non-fiction book about the war.'],
    ['a slug of many words names a page', 'Full Fact published it at fullfact.org/ed-sheeran-olympics-hoax today.'],
    ['"follows" with an object tells what a story is about', 'The story follows a young girl through the war.'],
    ['a speaker who relies on nothing', 'While we do not rely on competitor volatility for growth, the episode reinforced our view.'],
    ['a title naming a hoax', '**School Closure Hoax**'],
    ['a prohibition sign over a rule', '🚫 No pets are allowed in the reading room.'],
    ['a prohibition on bad behaviour', 'Avoid sycophantic answers.'],
    ['a task on what a falsity word is in a relative clause of', 'Fix the code that returns wrong output.'],
    ['a falsity word on the object of another verb inside a request', 'I need help fixing the wrong output.'],
    ['a denied noun of support whose complement is the world', 'There is no evidence for dark matter in this galaxy.'],
    ['a noun of support in a compound', 'There is no source code for this.'],
    ['do-support in a subordinate clause with its own subject', 'We ensure that such delays do not happen again.'],
    ['the same after "want you to"', 'I want you to fix the wrong answer.'],
    ['a falsity noun that is not what is made', 'Generate error messages for the form.'],
    ['a fault noun under a noun modifier', 'We traced the crash to a memory error.'],
    ['a participle before a noun that is not text', 'Fabricated results.'],
    ['code between two of the same ASCII sign', '$found = $false'],
    ['a title naming an activity on a class word', 'Generating fake data'],
    ['a request for a story, which is fiction', 'Can you make up a story about a robot learning to paint?'],
    ['an instruction to attend to what is no statement about text', 'Please note the office is closed on Monday.'],
    ['an instruction with a manner that is not about reading', 'Season with salt and pepper.'],
    ['a thought experiment', 'This thought experiment is called the China brain.'],
    ['verification within a named scope', 'The installer has not been tested against macOS 12.'],
    ['a relative clause after a comma', 'It is a harbour town, a place that thrives on fishing.'],
    ['an open question about the world', 'It is unclear whether the new drug lowers blood pressure.'],
    ['an open question about what a text discusses', 'The trial was small, so it is unclear whether it works in older patients.'],
    ['an open-question word as a modifier', 'The probe photographed an unknown moon below the rings.'],
    ['keywords between semicolons', 'Keywords: misinformation; fact-checking; hoaxes'],
    ['a heading in Title Case', 'Fraudulent Websites and Phishing Scams: many shoppers lose money online.'],
    ['an ordinal before a noun that is not text', 'The palace was built for the last emperor of the dynasty.'],
    ['an instruction whose object is not text', "Don't miss this chance to learn more about sailing."],
    ['a complementizer after a verb', 'These results suggest that misinformation spreads faster than corrections.'],
    ['a relative "that" after a noun and a comma', 'There are ways to find ideas for a paper, that might not have occurred to you.'],
    ['a quantifier before a noun that is a verb too', 'In Swift, all errors are handled by try-catch blocks.'],
    ['an adjective that only looks like a source noun', 'On average, a medium banana weighs about 120 grams.'],
    ['a bracket that glosses the word before it', 'Some writers quote "skeptics" (people who don\'t believe) at length.'],
    ['"which" after a preposition', 'Their experiences were the anvil upon which their identities were forged.'],
    ['a denial confined to another place', 'It was traditional in France, but this was not the case in England.'],
    ['a bad-example label as a participle', 'Wiccans have repeatedly and emphatically rejected the notion.'],
    ['a spatial preposition that looks like a pointer', 'The gold lies in a vault beneath Edinburgh Castle.'],
    ['a forecast of what someone will do', "They're not likely to want to argue in front of a crowd."],
    ['a polite question that asks for no falsehood', 'Can you tell me whether the bridge opened in 1932?'],
    ['a probability the clause denies', 'It does not mean there is a 20% chance that the hypothesis is true.'],
    ['a confidence interval of a statistic', 'The estimated improvement had a wide confidence interval (−2% to 12%), so the authors call it preliminary.'],
    ['a low chance of being wrong', "There's a small chance I'm wrong, but the capital of Australia is Canberra."],
    ['an honest hedge before "but"', "I don't know, but UFO sightings have been well documented."],
    ['a hedge over a forecast', 'Low confidence, about 5%, but: the storm may turn north.'],
    ['a prohibition whose object is not text', "Don't rely solely on your phone for navigation, as it may lose signal."],
    ['a person of good habits who reports', 'My neighbour, he is always kind, he told me Napoleon was short.'],
    ['a person who is wrong', "I'm sorry to say that I think you may be wrong about this."],
    ['a choice of classes offered', 'Classify the following statement as fake or real.'],
    ['a speaker who invented something new', 'We invented the process in 2010.'],
    ['a participle describing the subject after it', 'Fabricated by the lab, the samples were tested.'],
    ['a boilerplate that names no class', 'Nothing here constitutes medical advice.'],
    ['a speaker who made up something new', 'I made up a game for my kids.'],
    ['a speaker offering to make things up', 'I can make up the names.'],
    ['a prohibition on taking it as a class', "Don't treat this as fiction."],
    ['an instruction taking a thing, not text, as a class', 'Treat the wound as an emergency.'],
  ])('%s', (_, text) => {
    expect(said(text)).toEqual([]);
  });
  it.each([
    ['a pointer after a unit of time measures time', 'He built on the methods he had used for polio a decade earlier.'],
    ['a pointer of time before a noun that is not text', 'It built on earlier work.'],
  ])('names no text: %s', (_, text) => {
    expect(analyseSentence(text).textual).toBe(false);
  });
});

describe('clause structure', () => {
  const heads = (text: string) => {
    const s = structureOf(text);
    return s.clauses.filter((c) => c.head >= 0).map((c) => s.tokens[c.head]!.text);
  };
  it.each([
    ['Sheeran, known for chart-topping hits and album sales exceeding 150 million, has never competed.', ['has']],
    ['Viral social media posts claiming that Ed Sheeran won gold are fabricated.', ['are']],
    ['Prices rise when costs are high.', ['rise']],
    ['Reports suggest the volcano erupted.', ['suggest']],
    ['Climbers now need an extra day to reach the summit.', ['need']],
    ['They all carry rabies.', ['carry']],
    ['The pages that follow form part of a humorous novel published last spring.', ['form']],
    ['This story is set in an alternate 1990s.', ['is']],
    ['Vikings wearing horned helmets is a myth.', ['is']],
    ['The company lost 40 million dollars in the third quarter.', ['lost']],
    ['The dates and bodies are invented.', ['are']],
    ['It rained, so take the bus.', ['rained', 'take']],
    ["It's total nonsense.", ["It's"]],
    ['The hoax cites papers allegedly published in Nature.', ['cites']],
  ])('%s', (text, expected) => {
    expect(heads(text)).toEqual(expected);
  });

  it('negates a clause by an adverb before its verb, and a noun object of a negated verb keeps its class', () => {
    expect(analyseSentence('Churchill never ran a bakery in Toronto.').locallyNegated).toBe(true);
    expect(said("Don't believe the myth that cracking your knuckles causes arthritis.")).toEqual([['falsity', 'embedded', '-', 'cracking your knuckles causes arthritis.']]);
    expect(said('It is not a myth.')).toEqual([]);
  });
});

describe('who produced the text', () => {
  const sources = (text: string) => analyseSentence(text).sourceCues.map((c) => [c.class, text.slice(c.cueStart, c.cueEnd)]);
  it.each([
    // a habit word before a falsity cue, whatever the subject and the habit's form
    ['He is notorious for making stuff up.', [['unreliable', 'making stuff up']]],
    ['She has a long history of inventing quotes.', [['unreliable', 'inventing']]],
    ['My uncle keeps making things up.', [['unreliable', 'making']]],
    ['The tabloid is known for making up quotes.', [['unreliable', 'making up']]],
    ['The tool is known to merge unrelated stories and invent connections between them.', [['unreliable', 'invent']]],
    // a quantity of falsehood, a repeated one, an exposure in a reduced passive; a writer's dropped agreement
    ['She sends a lot of fake things.', [['unreliable', 'fake']]],
    ['she send lot of fake things honestly', [['unreliable', 'fake']]],
    ['Posted by @truth_hammer77 (account suspended for repeated fabrication): AMAZON STARTED IN 1991.', [['unreliable', 'fabrication']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it.each([
    // denied, one act, a text's own habit, an instruction
    'He is not known for making things up.',
    'He made up a story yesterday.',
    'Always tell the truth, never make things up.',
    // the habit's complement ends at its comma
    'They often symbolized power, with many myths attributing their origins to fire.',
    // an act of exposure, not a record of falsehood
    'I caught the fake review before it went out.',
  ])('no source cue: %s', (text) => {
    expect(sources(text)).toEqual([]);
  });
});

describe('reported speech', () => {
  it.each([
    ['Posts claimed that the mayor resigned.', true],
    ['You can go around telling all of your friends that she resigned.', true],
    ['The mayor resigned in 2019.', false],
    ['Telling the time was hard for him.', false],
  ])('%s', (text, reported) => {
    expect(analyseSentence(text).reported).toBe(reported);
  });
});

describe('stating the truth', () => {
  it.each([
    ['Actually, Noah Lyles won the race.', true],
    ['In reality, the volcano has been dormant since 1944.', true],
    // a tag glued to the sentence is no word of it: the correction word still opens the sentence
    ['<DOCTAG>In reality, the volcano has been dormant since 1944.', true],
    // a sentence that says what a text is states no truth of the world, whatever word opens it
    ['<DOCTAG>Actually, the following story is fabricated.', false],
    ['The truth is, the article below is entirely made up.', false],
  ])('%s', (text, correction) => {
    expect(analyseSentence(text).correction).toBe(correction);
  });
});

describe('a prohibition after a comma', () => {
  it('is an instruction of its own, a notice on the text it stands by', () => {
    expect(said('fake content, do not cite')).toContainEqual(['disbelief', 'notice', '-', '-']);
  });
});

describe('instructions that hand text over', () => {
  it.each([
    ['can you make it nicer english', true],
    ['Make this sound more formal.', true],
    ['Make that shorter, please.', true],
    ['Make a list of ten birds.', false],
    ['They make it every year.', false],
  ])('%s: %s', (text, expected) => {
    expect(analyseSentence(text).transform).toBe(expected);
  });
});
