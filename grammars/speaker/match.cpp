// The language.hpp entry points for speakers and cues: which runs of tagged words are noun
// phrases, and the cue patterns around them.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>

#include "primitives.hpp"
#include "speaker/speaker.hpp"

namespace verbatim::grammars {

/// An adverb of manner or time by its ending ("specifically", "reportedly", "recently",
/// "publicly"): seven letters or more, so that no noun in -ly ("rally", "assembly") is one.
bool is_manner_adverb(std::string_view word) {
    if (word.size() < 7) return false;
    for (std::string_view ending : {"ally", "ively", "ously", "ently", "antly", "edly", "ingly", "icly", "fully", "lessly", "ately"})
        if (word.ends_with(ending)) return true;
    return false;
}

namespace {

bool is_head(np_part p) {
    return p == np_part::name || p == np_part::title || p == np_part::role || p == np_part::group;
}

bool ends_possessive(std::string_view w) {
    return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'") || w.ends_with("s\xE2\x80\x99");
}

/// Quantifiers that can stand for the people counted ("both" only opening a sentence: inside
/// one, "NPR both reported", it floats after its subject).
bool is_quantifier(std::string_view w) {
    static constexpr std::string_view words[] = {"several", "Several", "many", "Many", "some", "Some", "Both",
                                                 "two", "Two", "three", "Three", "another", "Another"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool is_another(std::string_view w) { return w == "another" || w == "Another"; }

/// A verb form with no agreement or tense ending: "call", "promise" (not "calls", "called",
/// "calling", nor an irregular past such as "said" or "wrote").
bool bare_form(std::string_view w) {
    static constexpr std::string_view pasts[] = {"said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw",
                                                 "heard", "swore", "found", "held", "meant", "gave", "made", "took"};
    if (w.find(' ') != std::string_view::npos) w = w.substr(0, w.find(' '));
    if (w.ends_with("s") || w.ends_with("ed") || w.ends_with("ing")) return false;
    return std::find(std::begin(pasts), std::end(pasts), w) == std::end(pasts);
}

/// "this", "that" (any case): determiners that also stand alone as subjects (not "those
/// surveyed", who are people).
bool is_demonstrative(std::string_view w) {
    for (std::string_view d : {"this", "that", "This", "That"})
        if (w == d) return true;
    return false;
}

/// A phrase opened by "a", "an" or "another" and ending in a plain noun ("a phone", "an election").
bool singular_indefinite(std::vector<np_token> const& tokens, std::size_t count, std::string_view text) {
    if (count < 2 || tokens[0].part != np_part::determiner || tokens[count - 1].part != np_part::common) return false;
    auto det = text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
    return det == "a" || det == "A" || det == "an" || det == "An" || is_another(det);
}

/// What a plain lower-case noun does in a run of words (phrase_ends): names a role before a name
/// ("committee Chairman Tom Reyes"), heads the phrase after a determiner or link, or ends it.
enum class step { next, stop };
step common_word(std::vector<np_token>& tokens, std::size_t i, std::string_view text, bool after_link, bool determined,
                 std::size_t& commons, std::vector<std::size_t>& ends) {
    auto& t = tokens[i];
    auto word = text.substr(t.begin, t.end - t.begin);
    // "George W. Bush speechwriter Noam Neusner", "Idaho nutritional-supplement executive
    // Frank VanderSloot": plain nouns naming a role before a person's name.
    bool name_follows = false;
    for (std::size_t k = i + 1; k < tokens.size() && tokens[k].part != np_part::link && !name_follows; ++k)
        name_follows = tokens[k].part == np_part::name;
    bool after_word = i > 0 && (tokens[i - 1].part == np_part::name || tokens[i - 1].part == np_part::title ||
                                tokens[i - 1].part == np_part::modifier || tokens[i - 1].part == np_part::common);
    // "committee Chairman Tom Reyes", "state health officer Ana Berg": one or two plain
    // nouns opening the phrase name the body a title or role belongs to, when a name follows.
    auto office = [&](std::size_t k) {
        return k < tokens.size() && (tokens[k].part == np_part::title || tokens[k].part == np_part::role);
    };
    if (i == 0 && (office(1) || (tokens.size() > 1 && tokens[1].part == np_part::common && office(2))))
        after_word = true;
    // not "negotiators including Steve Witkoff": no -ing word, nothing after a plural
    // and no verb: "Biden attacked Trump", "Biden led incumbent President Trump"
    bool verb_like = word.ends_with("ing") || word.ends_with("ed") || word.ends_with('s') || is_finite_verb(word);
    if (after_word && name_follows && commons < 2 && !ends_possessive(word) && !verb_like) {
        ++commons;
        return step::next;
    }
    // "the woman", "the ad’s narrator": a plain noun heads a phrase only after a determiner,
    // or right after a link ("the secretary of state", "a professor of law").
    bool bare_after_link = after_link && i > 0 && tokens[i - 1].part == np_part::link;
    if ((!determined && !bare_after_link) || ++commons > 3) return step::stop;
    // "The Interior Ministry closed …": after a name, a plain word is the verb, not the head
    // (but "the Harbor opinion poll": a plain word before a role or document noun is its
    // compound's first word).
    bool const compound = i > 0 && tokens[i - 1].part == np_part::name && i + 1 < tokens.size() && tokens[i + 1].part == np_part::role &&
                          !verb_like;
    if (i > 0 && !compound &&
        (tokens[i - 1].part == np_part::name || tokens[i - 1].part == np_part::title || tokens[i - 1].part == np_part::role ||
         tokens[i - 1].part == np_part::group))
        return step::stop;
    if (ends_possessive(word)) {
        t.part = np_part::possessive;
        return step::next;
    }
    // "The union voted against …": a word in -ed after a plain noun is its verb (not
    // "the garden shed", "the top seed"; nor after an adverb: "a newly formed group").
    if (i > 0 && tokens[i - 1].part == np_part::common && word.size() >= 5 && word.ends_with("ed") &&
        !word.ends_with("eed") && !text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin).ends_with("ly"))
        return step::stop;
    // "This persuaded the council to …": after a demonstrative standing alone, a word in -ed is
    // the verb; "The worries being raised": "being" heads nothing
    if (i == 1 && word.size() >= 5 && word.ends_with("ed") && !word.ends_with("eed") &&
        is_demonstrative(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin)))
        return step::stop;
    if (word == "being") return step::stop;
    // "The notice specifically said": an adverb heads nothing (it may modify: "a newly
    // formed group"); not a noun in -ly ("the family", "the assembly").
    if (is_manner_adverb(word)) return step::next;
    ends.push_back(i + 1);
    return step::next;
}

/// Token counts at which the run forms a whole noun phrase, shortest first, into `ends`.
void phrase_ends(std::vector<np_token>& tokens, std::string_view text, std::vector<std::size_t>& ends) {
    ends.clear();
    if (tokens.empty()) return;
    if (tokens[0].part == np_part::pronoun) {
        ends.push_back(1);
        return;
    }
    bool after_link = false, seen_link = false;
    bool determined = false; // a determiner or possessive opens the current phrase
    std::size_t commons = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto& t = tokens[i];
        auto word = text.substr(t.begin, t.end - t.begin);
        // "Catherine King", "John Major": a title word after a first name, ending the names, is a surname.
        if (t.part == np_part::title && i > 0 && tokens[i - 1].part == np_part::name &&
            is_first_name(text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin)) &&
            (i + 1 == tokens.size() || (tokens[i + 1].part != np_part::name && tokens[i + 1].part != np_part::title)))
            t.part = np_part::name;
        // ("Harbor Today": a word no name starts with ends a name only after another)
        if (t.part == np_part::name && (i == 0 || tokens[i - 1].part != np_part::name) && is_function_word(word)) return;
        if ((t.part == np_part::name || t.part == np_part::group || t.part == np_part::role || t.part == np_part::title) && ends_possessive(word))
            t.part = np_part::possessive;
        switch (t.part) {
        case np_part::pronoun:
            // "a source close to him": a pronoun heads the phrase after a link.
            if (!after_link) return;
            ends.push_back(i + 1);
            return;
        case np_part::determiner:
            if (i != 0 && !after_link && tokens[i - 1].part != np_part::possessive) return;
            determined = true;
            // "Several said …", "Many told reporters …": a quantifier alone is a phrase of its own
            // (the people counted), when nothing else of a phrase follows it.
            if (i == 0 && tokens.size() == 1 && is_quantifier(text.substr(t.begin, t.end - t.begin))) ends.push_back(1);
            continue;
        case np_part::common:
            if (common_word(tokens, i, text, after_link, determined, commons, ends) == step::stop) return;
            continue;
        case np_part::link:
            // "a spokesman for the ministry", "the head of the UN": after a role, once.
            if (seen_link || i == 0) return;
            // "a report by the institute": `by` only names who wrote a document.
            if (text.substr(t.begin, t.end - t.begin) == "by" && !is_source_noun(lower_ascii(text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin))))
                return;
            if (!(tokens[i - 1].part == np_part::role || tokens[i - 1].part == np_part::title ||
                  tokens[i - 1].part == np_part::group || tokens[i - 1].part == np_part::common)) {
                // "Jeffrey Lewis of the James Martin Center": after a name, only of/at/from a named body.
                auto w = text.substr(t.begin, t.end - t.begin);
                bool named_body = tokens[i - 1].part == np_part::name && (w == "of" || w == "at" || w == "from") &&
                                  i + 1 < tokens.size() &&
                                  (tokens[i + 1].part == np_part::name || tokens[i + 1].part == np_part::nickname ||
                                   (tokens[i + 1].part == np_part::determiner && i + 2 < tokens.size() &&
                                    tokens[i + 2].part == np_part::name));
                if (!named_body) return;
            }
            seen_link = after_link = true;
            determined = false;
            commons = 0;
            continue;
        case np_part::possessive:
            determined = true;
            continue;
        case np_part::modifier:
            // "the secretary of state": a modifier word may head right after a link; "the state
            // said", "the campaign told …": or last in the run, right after a determiner
            if ((after_link && tokens[i - 1].part == np_part::link) ||
                (i + 1 == tokens.size() && i > 0 && tokens[i - 1].part == np_part::determiner &&
                 (is_noun_modifier(word) || (!word.empty() && word[0] >= '0' && word[0] <= '9')))) // ("the 46-year-old said")
                ends.push_back(i + 1);
            continue;
        case np_part::nickname:
            if (after_link) { // "fans of “Shark Tank”"
                ends.push_back(i + 1);
                continue;
            }
            // only inside a name: Tom “The Hammer” Reyes
            if (i > 0 && tokens[i - 1].part == np_part::name && i + 1 < tokens.size() && tokens[i + 1].part == np_part::name)
                continue;
            return;
        default: break;
        }
        if (is_head(t.part)) {
            ends.push_back(i + 1);
        }
    }
}

/// How the grammar read the word at a position, for the word_memo_scope of this thread.
struct memo_entry {
    std::size_t pos = 0, bound = 0; // where, in the text cut at `bound`
    std::uint64_t generation = 0;   // the scope it belongs to (0: none)
    bool read = false;              // a word was read there...
    ast::np_word word;              // ...this one
};

struct word_memo {
    static constexpr std::size_t slots = 1024; // direct-mapped by position: a sentence or two
    std::string_view text;
    std::uint64_t generation = 0;
    bool active = false;
    std::vector<memo_entry> entries = std::vector<memo_entry>(slots);
};

word_memo& this_thread_memo() {
    thread_local std::unique_ptr<word_memo> memo = std::make_unique<word_memo>(); // on the heap, not in static TLS
    return *memo;
}

/// The tags of words met before, by their letters: most words' tag depends on nothing else
/// (see word_key_end), so each is read by the grammar once per thread, not once per place.
struct tag_cache {
    static constexpr std::size_t slots = 65536, max_key = 21; // direct-mapped; longer words are read each time
    struct entry {
        std::uint8_t length = 0; // 0: empty
        std::uint8_t consumed = 0;
        bool read = false;
        bool context = false; // the tag depends on what follows: read each time
        np_part part = np_part::name;
        char key[max_key];
    };
    std::vector<entry> entries = std::vector<entry>(slots);
};

tag_cache& this_thread_tags() {
    thread_local std::unique_ptr<tag_cache> cache = std::make_unique<tag_cache>();
    return *cache;
}

/// The np_word rule at `pos` of `text`, read by the grammar.
bool parse_word(std::string_view text, std::size_t pos, ast::np_word& out) {
    std::size_t const key_end = word_key_end(text, pos);
    std::string_view const key = text.substr(pos, key_end - pos);
    auto parse = [&] {
        iterator_type first = text.data() + pos;
        return x3::parse(first, text.data() + text.size(), tagged_word_rule(), out);
    };
    if (key.empty() || key.size() > tag_cache::max_key) return parse();
    std::uint64_t const h = word_hash{}(key);
    auto& e = this_thread_tags().entries[(h ^ (h >> 32U)) % tag_cache::slots];
    if (e.length == key.size() && std::equal(key.begin(), key.end(), e.key)) {
        if (e.context) return parse();
        out.part = e.part;
        out.begin = text.data() + pos;
        out.end = out.begin + e.consumed;
        return e.read;
    }
    e.length = static_cast<std::uint8_t>(key.size());
    std::copy(key.begin(), key.end(), e.key);
    e.context = tag_reads_past_word(key);
    bool const read = parse();
    e.read = read;
    e.part = out.part;
    e.consumed = read ? static_cast<std::uint8_t>(out.end - (text.data() + pos)) : 0;
    return read;
}

/// The np_word rule at `pos` of `text` (the word and its part), remembered inside a word_memo_scope.
bool word_at(std::string_view text, std::size_t pos, ast::np_word& out) {
    auto parse = [&] { return parse_word(text, pos, out); };
    auto& memo = this_thread_memo();
    if (!memo.active || text.data() != memo.text.data() || text.size() > memo.text.size()) return parse();
    auto& e = memo.entries[pos % word_memo::slots];
    if (e.generation == memo.generation && e.pos == pos && e.bound == text.size()) {
        out = e.word;
        return e.read;
    }
    e.read = parse();
    e.pos = pos;
    e.bound = text.size();
    e.generation = memo.generation;
    e.word = out;
    return e.read;
}

/// A run of tagged words and the token counts at which it forms a whole phrase.
struct word_run {
    std::vector<np_token> tokens;
    std::vector<std::size_t> ends;
};

/// The run starting at `pos`, in a buffer of this thread (valid until the next call), or null.
word_run const* run_at(std::string_view text, std::size_t pos) {
    // No phrase starts with a plain noun or a link word (phrase_ends would find no end):
    // most candidate starts are rejected here, without reading the run.
    ast::np_word w;
    if (!word_at(text, pos, w) || w.part == np_part::link) return nullptr;
    if (w.part == np_part::common) {
        // Only one or two plain nouns before a title or role ("committee Chairman …", "state
        // health officer …", see phrase_ends).
        ast::np_word next = w;
        for (int k = 0;; ++k) {
            std::size_t const end = static_cast<std::size_t>(next.end - text.data());
            std::size_t const b = skip_blank(text, end);
            if (k == 2 || b == 0 || !word_at(text, end + b, next)) return nullptr;
            if (next.part == np_part::title || next.part == np_part::role) break;
            if (next.part != np_part::common) return nullptr;
        }
    }
    thread_local word_run run; // its vectors keep their capacity from call to call
    run.tokens.clear();
    // The run: words with blanks between (the rule np_word % blank, a word at a time).
    for (;;) {
        // ("the victims' lawyer": the apostrophe of a plural possessive ends the word, which the
        // word parsers leave before it)
        std::size_t const end = static_cast<std::size_t>(w.end - text.data()) +
                                static_cast<std::size_t>(prim::plural_possessive_at(w.end, text.data() + text.size()));
        run.tokens.push_back({w.part, static_cast<std::size_t>(w.begin - text.data()), end});
        std::size_t const b = skip_blank(text, end);
        if (b == 0 || !word_at(text, end + b, w)) break;
    }
    phrase_ends(run.tokens, text, run.ends);
    return run.ends.empty() ? nullptr : &run;
}

speaker_phrase phrase_of(std::vector<np_token> const& tokens, std::size_t count) {
    speaker_phrase sp;
    sp.tokens.assign(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(count));
    sp.begin = sp.tokens.front().begin;
    sp.end = sp.tokens.back().end;
    return sp;
}

} // namespace

word_memo_scope::word_memo_scope(std::string_view text) {
    auto& memo = this_thread_memo();
    memo.text = text;
    ++memo.generation;
    memo.active = true;
}

word_memo_scope::~word_memo_scope() {
    auto& memo = this_thread_memo();
    memo.active = false;
    ++memo.generation;
}

std::optional<speaker_phrase> match_speaker(std::string_view text, std::size_t pos) {
    auto run = run_at(text, pos);
    if (!run) return std::nullopt;
    return phrase_of(run->tokens, run->ends.back());
}

std::optional<speaker_phrase> match_speaker_ending_at(std::string_view text, std::size_t pos, std::size_t end) {
    auto run = run_at(text, pos);
    if (!run) return std::nullopt;
    for (auto n : run->ends)
        if (run->tokens[n - 1].end == end) return phrase_of(run->tokens, n);
    return std::nullopt;
}

std::vector<std::size_t> speaker_phrase_ends(std::string_view text, std::size_t pos) {
    std::vector<std::size_t> out;
    if (auto run = run_at(text, pos))
        for (auto n : run->ends) out.push_back(run->tokens[n - 1].end);
    return out;
}

std::optional<cue_match> match_cue(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return std::nullopt;
    iterator_type first = text.data() + pos;
    iterator_type const last = text.data() + text.size();
    cue_value v;
    x3::unused_type u;
    auto const& lx = the_lexicon();
    if (!lx.filter(word_list::cues).may_match(first, last) || !lx.cues.parse(first, last, u, u, v)) return std::nullopt;
    if (!prim::word_end.parse(first, last, u, u, u)) return std::nullopt;
    v.begin = pos;
    v.end = static_cast<std::size_t>(first - text.data());
    return v;
}

std::size_t skip_adverbs(std::string_view text, std::size_t pos) {
    iterator_type first = text.data() + pos;
    iterator_type const last = text.data() + text.size();
    x3::parse(first, last, adverbs_rule());
    return static_cast<std::size_t>(first - (text.data() + pos));
}

std::size_t skip_adverbs_backward(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t p = end;
    for (;;) {
        std::size_t q = p;
        while (q > begin && text[q - 1] == ' ') --q;
        std::size_t w = q;
        while (w > begin && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
        if (w == q || (w > begin && text[w - 1] != ' ')) break;
        if (skip_adverbs(text, w) <= q - w) break; // the word and a blank must read as adverbs
        p = w;
    }
    return end - p;
}

std::size_t skip_blank(std::string_view text, std::size_t pos) {
    iterator_type first = text.data() + pos;
    iterator_type const last = text.data() + text.size();
    x3::unused_type u;
    prim::blank.parse(first, last, u, u, u);
    return static_cast<std::size_t>(first - (text.data() + pos));
}

std::optional<subject_cue_match> match_subject_cue(std::string_view text, std::size_t pos) {
    auto run = run_at(text, pos);
    if (!run) return std::nullopt;
    auto const& tokens = run->tokens;
    auto const& ends = run->ends;
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
        std::size_t p = tokens[*it - 1].end;
        std::size_t b = skip_blank(text, p);
        if (b == 0) continue;
        p += b;
        p += skip_adverbs(text, p);
        auto cue = match_cue(text, p);
        if (!cue || cue->kind == cue_class::according_to) continue;
        // "a phone call to …", "an election promise": after a singular indefinite phrase a verb
        // agrees (-s, or a past); a bare form is the noun the phrase goes on with.
        if (bare_form(text.substr(cue->begin, cue->end - cue->begin)) && singular_indefinite(tokens, *it, text)) continue;
        // "her state charges", "the five claims", "three other suspects": after a modifier ending
        // the phrase, a cue in -s is its plural noun when the phrase is counted or owned.
        if (tokens[*it - 1].part == np_part::modifier && text[cue->end - 1] == 's') {
            auto owner = text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
            bool counted = false;
            for (std::size_t k = 0; k < *it; ++k)
                counted = counted || is_quantifier(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)) ||
                          std::isdigit(static_cast<unsigned char>(text[tokens[k].begin]));
            auto last = text.substr(tokens[*it - 1].begin, tokens[*it - 1].end - tokens[*it - 1].begin);
            bool plural_modifier = last == "four" || last == "five" || last == "other";
            if (counted || plural_modifier || owner == "his" || owner == "her" || owner == "its" || owner == "their" ||
                owner == "His" || owner == "Her" || owner == "Its" || owner == "Their")
                continue;
        }
        // "Many states have …": a plural quantifier takes no verb in -s; "states" is a noun there.
        if (*it == 1 && tokens[0].part == np_part::determiner && text[cue->end - 1] == 's' &&
            !is_another(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin)))
            continue;
        return subject_cue_match{phrase_of(tokens, *it), *cue};
    }
    return std::nullopt;
}

std::optional<subject_cue_match> match_inverted_cue(std::string_view text, std::size_t pos) {
    auto cue = match_cue(text, pos);
    if (!cue || cue->kind == cue_class::belief) return std::nullopt;
    std::size_t b = skip_blank(text, cue->end);
    if (b == 0) return std::nullopt;
    auto sp = match_speaker(text, cue->end + b);
    if (!sp) return std::nullopt;
    return subject_cue_match{std::move(*sp), *cue};
}

} // namespace verbatim::grammars
