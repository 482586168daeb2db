#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include <utf8proc.h>

#include "lexicon_data.hpp"

namespace verbatim::grammars {
namespace {

std::unordered_map<std::string, std::string>& folder_overrides() {
    static std::unordered_map<std::string, std::string> lists;
    return lists;
}

std::string_view list_text(std::string_view name) {
    auto& over = folder_overrides();
    if (auto it = over.find(std::string(name)); it != over.end()) return it->second;
    for (auto const& l : embedded_word_lists())
        if (l.name == name) return l.text;
    return {};
}

} // namespace

/// Lines of a word list, without comments, blank lines and surrounding spaces.
std::vector<std::string_view> word_list_entries(std::string_view name) {
    std::vector<std::string_view> out;
    std::string_view text = list_text(name);
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        out.push_back(line);
    }
    return out;
}

std::vector<std::string_view> split_words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ') ++j;
        if (j > i) out.push_back(line.substr(i, j - i));
        i = j;
    }
    return out;
}

namespace {

std::vector<std::string_view> entries(std::string_view name) { return word_list_entries(name); }

std::string capitalised(std::string_view w) {
    std::string s(w);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

/// English plural of a role noun ("official" -> "officials", "spokesman" -> "spokesmen").
std::string plural(std::string_view w) {
    std::string s(w);
    auto ends = [&](std::string_view suf) { return s.size() >= suf.size() && s.ends_with(suf); };
    if (ends("man")) return s.substr(0, s.size() - 3) + "men";
    if (ends("person")) return s.substr(0, s.size() - 6) + "people";
    if (ends("-in-law")) return plural(s.substr(0, s.size() - 7)) + "-in-law";
    if (ends("s") || ends("sh") || ends("ch") || ends("x")) return s + "es";
    if (ends("y") && s.size() > 1 && std::string_view("aeiou").find(s[s.size() - 2]) == std::string_view::npos)
        return s.substr(0, s.size() - 1) + "ies";
    return s + "s";
}

void add_both_cases(x3::symbols<>& sym, word_set& set, std::string_view w) {
    sym.add(std::string(w));
    set.insert(std::string(w));
    auto cap = capitalised(w);
    if (cap != w) {
        sym.add(cap);
        set.insert(cap);
    }
}

/// The cue words: speech and belief verbs with their tags, and "according to".
void load_cues(lexicon& lx) {
    auto read_verbs = [&](std::string_view list, cue_class kind) {
        for (auto line : entries(list)) {
            auto bar = line.find('|');
            // The tags after the bar, each a whole word ("| clause | topic"; "to" is not "topic").
            auto tag_words = bar == std::string_view::npos ? std::vector<std::string_view>{} : split_words(line.substr(bar));
            auto tag = [&](std::string_view t) { return std::find(tag_words.begin(), tag_words.end(), t) != tag_words.end(); };
            cue_value v{0,          0,           kind,         tag("object"), tag("clause"), tag("naming"), tag("source"),
                        tag("question"), tag("infinitive"), tag("directive"), tag("stance"), tag("topic"), tag("denial"),
                        tag("about"),    tag("to"),         tag("as"),        tag("report")};
            // Lower case only: "States" in "United States" is no cue. A speech verb keeps its class.
            for (auto w : split_words(line.substr(0, bar)))
                if (!lx.cues.find(std::string(w))) lx.cues.add(std::string(w), v);
        }
    };
    read_verbs("en/speech_verbs", cue_class::speech);
    read_verbs("en/belief_verbs", cue_class::belief);
    for (auto line : entries("en/according_to")) {
        lx.cues.add(std::string(line), cue_value{0, 0, cue_class::according_to});
        lx.cues.add(capitalised(line), cue_value{0, 0, cue_class::according_to});
    }
}

/// The words of speaker noun phrases: pronouns, titles, roles and groups, modifiers, adverbs,
/// function words, the nouns of documents and polls.
void load_phrase_words(lexicon& lx) {
    for (auto line : entries("en/pronouns")) {
        auto words = split_words(line);
        if (words.size() < 2) continue;
        gender g = words[1] == "male" ? gender::male : words[1] == "female" ? gender::female
                 : words[1] == "neuter" ? gender::neuter : words[1] == "plural" ? gender::plural : gender::first_person;
        lx.pronouns.add(std::string(words[0]), g);
        lx.pronoun_map[std::string(words[0])] = g;
    }
    for (auto line : entries("en/titles")) {
        lx.titles.add(std::string(line));
        lx.title_set.insert(std::string(line));
        if (line.back() == '.') lx.abbreviations.insert(std::string(line.substr(line.rfind(' ') == std::string_view::npos ? 0 : line.rfind(' ') + 1)));
    }
    for (auto line : entries("en/role_nouns")) {
        add_both_cases(lx.roles, lx.role_set, line);
        add_both_cases(lx.groups, lx.group_set, plural(line));
    }
    for (auto line : entries("en/groups")) add_both_cases(lx.groups, lx.group_set, line);
    word_set ignored;
    for (auto line : entries("en/np_modifiers")) {
        auto bar = line.find('|');
        auto word = split_words(line.substr(0, bar));
        if (word.empty()) continue;
        add_both_cases(lx.modifiers, ignored, word[0]);
        if (bar != std::string_view::npos && split_words(line.substr(bar + 1)) == std::vector<std::string_view>{"noun"})
            lx.noun_modifiers.insert(std::string(word[0]));
    }
    for (auto line : entries("en/adverbs")) add_both_cases(lx.adverbs, ignored, line);
    for (auto line : entries("en/function_words")) {
        lx.function_words.add(std::string(line));
        lx.function_set.insert(std::string(line));
        std::string lower(line);
        if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        if (lower.back() != '.') lx.lower_function_words.add(lower);
        if (line.back() == '.') lx.abbreviations.insert(std::string(line));
    }
    // ("her campaign around a new pier": a preposition heads no noun phrase)
    for (auto line : entries("en/prepositions")) lx.lower_function_words.add(std::string(line));
    for (auto line : entries("en/source_nouns")) { // "the poll found", "polls show"
        add_both_cases(lx.source_nouns, lx.source_set, line);
        if (!line.ends_with("data") && !line.ends_with("ing") && !line.ends_with("s")) add_both_cases(lx.source_nouns, lx.source_set, plural(line));
    }
}

/// The words of time phrases, and the words such a phrase may open with.
void load_time_words(lexicon& lx) {
    for (auto line : entries("en/time_words")) {
        auto directive = [&](std::string_view tag, word_set& into) {
            if (!line.starts_with(tag)) return false;
            for (auto w : split_words(line.substr(tag.size()))) into.insert(std::string(w));
            return true;
        };
        if (directive("@lead ", lx.time_leads) || directive("@determined ", lx.time_determined_leads) ||
            directive("@determiner ", lx.time_determiners) || directive("@count ", lx.time_counts) ||
            directive("@unit ", lx.time_units) || directive("@relative ", lx.time_relatives))
            continue;
        lx.time_words.insert(std::string(line));
    }
    // What skip_time_phrase reads first: a lead, a time word (without its dot: "Dec."), a count
    // or unit (also capitalised: it opens a sentence), "in" before a year.
    auto capitalised = [](std::string w) {
        if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    };
    std::vector<std::string> starts{"in"};
    for (auto const* set : {&lx.time_leads, &lx.time_determined_leads, &lx.time_words, &lx.time_counts, &lx.time_units})
        set->for_each([&](std::string_view w) {
            starts.emplace_back(w);
            if (w.ends_with('.')) starts.emplace_back(w.substr(0, w.size() - 1));
            starts.push_back(capitalised(std::string(w)));
        });
    for (auto const& w : starts) lx.time_starts.insert(w);
}

/// A line "canonical = alias, alias" of places.txt or demonyms.txt: calls `use(canonical, alias)`
/// for each alias (blanks around each trimmed) and returns the canonical name; none when the line
/// has no "=".
template <class Use>
std::optional<std::string> read_aliases(std::string_view line, Use&& use) {
    auto trim = [](std::string_view v) {
        while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
        while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
        return v;
    };
    auto eq = line.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    std::string const canonical(trim(line.substr(0, eq)));
    for (std::string_view rest = line.substr(eq + 1); !rest.empty();) {
        auto comma = rest.find(',');
        if (auto alias = trim(rest.substr(0, comma)); !alias.empty()) use(canonical, std::string(alias));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return canonical;
}

/// Places (with their other names), countries' adjectives, organisations and the heads of their names.
void load_names(lexicon& lx) {
    for (auto line : entries("en/places")) {
        auto canonical = read_aliases(line, [&](std::string const& name, std::string const& alias) {
            lx.places.insert(alias);
            lx.canonical_places[alias] = name;
        });
        lx.places.insert(canonical ? *canonical : std::string(line));
    }
    for (auto line : entries("en/demonyms"))
        read_aliases(line, [&](std::string const& country, std::string const& adjective) { lx.demonym_places[adjective] = country; });
    for (auto line : entries("en/organizations")) lx.organizations.insert(std::string(line));
    for (auto line : entries("en/org_heads")) lx.org_heads.insert(std::string(line));
    for (auto line : entries("en/outlets")) {
        if (!line.starts_with("heads:")) {
            lx.outlets.insert(std::string(line));
            continue;
        }
        for (auto words = line.substr(6); !words.empty();) {
            auto const at = words.find_first_not_of(' ');
            if (at == std::string_view::npos) break;
            words.remove_prefix(at);
            auto const end = std::min(words.find(' '), words.size());
            lx.outlet_heads.insert(std::string(words.substr(0, end)));
            words.remove_prefix(end);
        }
    }
}

void load(lexicon& lx) {
    load_cues(lx);
    load_phrase_words(lx);
    load_time_words(lx);
    for (auto line : entries("en/common_words")) lx.common_words.insert(std::string(line));
    auto read_genders = [&](std::string_view list, auto& into) {
        for (auto line : entries(list)) {
            auto colon = line.find(':');
            if (colon == std::string_view::npos) continue;
            gender g = line.substr(0, colon) == "female" ? gender::female : gender::male;
            for (auto w : split_words(line.substr(colon + 1))) into[std::string(w)] = g;
        }
    };
    read_genders("en/first_names", lx.name_genders);
    read_genders("en/gendered_titles", lx.title_genders);
    for (auto line : entries("en/finite_verbs")) lx.finite_verbs.insert(std::string(line));
    for (auto line : entries("en/clause_openers")) lx.clause_openers.insert(std::string(line));
    for (auto line : entries("en/subordinators")) lx.subordinators.insert(std::string(line));
    for (auto line : entries("en/prepositions")) lx.prepositions.insert(std::string(line));
    load_names(lx);
    for (auto a : {"Jr.", "Sr.", "St.", "Mt.", "Ft.", "No.", "vs.", "etc.", "Inc.", "Corp.", "Co.", "Ltd.", "U.S.", "U.K.",
                   "U.N.", "E.U.", "D.C.", "a.m.", "p.m.", "i.e.", "e.g.", "approx."})
        lx.abbreviations.insert(a);
    for (auto w : {word_list::titles, word_list::roles, word_list::groups, word_list::modifiers, word_list::adverbs,
                   word_list::function_words, word_list::source_nouns, word_list::lower_function_words})
        lx.table(w).for_each([&](std::string const& entry, auto const&) { lx.filters[static_cast<std::size_t>(w)].add(entry); });
    lx.cues.for_each([&](std::string const& entry, auto const&) { lx.filters[static_cast<std::size_t>(word_list::cues)].add(entry); });
    lx.pronouns.for_each([&](std::string const& entry, auto const&) { lx.filters[static_cast<std::size_t>(word_list::pronouns)].add(entry); });
}

lexicon& mutable_lexicon() {
    static lexicon lx;
    return lx;
}

std::once_flag& load_flag() {
    static std::once_flag flag;
    return flag;
}

} // namespace

x3::symbols<> const& lexicon::table(word_list w) const {
    switch (w) {
    case word_list::titles: return titles;
    case word_list::roles: return roles;
    case word_list::groups: return groups;
    case word_list::modifiers: return modifiers;
    case word_list::adverbs: return adverbs;
    case word_list::function_words: return function_words;
    case word_list::source_nouns: return source_nouns;
    case word_list::lower_function_words: return lower_function_words;
    case word_list::cues:
    case word_list::pronouns: break;
    }
    return titles; // cues and pronouns carry values: callers use their own tables
}

lexicon const& the_lexicon() {
    // A function-local static: thread-safe initialisation, and a cheap check on every later call.
    static lexicon const& loaded = [] () -> lexicon const& {
        std::call_once(load_flag(), [] { load(mutable_lexicon()); });
        return mutable_lexicon();
    }();
    return loaded;
}

std::vector<std::string> use_word_list_folder(std::string const& folder) {
    namespace fs = std::filesystem;
    std::vector<std::string> read;
    std::error_code ec;
    for (auto const& entry : fs::recursive_directory_iterator(folder, ec)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
        auto rel = fs::relative(entry.path(), folder, ec).replace_extension().generic_string();
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        folder_overrides()[rel] = content.str();
        read.push_back(rel);
    }
    return read;
}

char32_t decode_utf8(char const* p, char const* end, int& length) {
    if (p < end && static_cast<unsigned char>(*p) < 0x80) { // ASCII: most of English news
        length = 1;
        return static_cast<char32_t>(*p);
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<utf8proc_uint8_t const*>(p), end - p, &cp);
    if (n <= 0) {
        length = 1;
        return 0xFFFD;
    }
    length = static_cast<int>(n);
    return static_cast<char32_t>(cp);
}

bool is_word_codepoint(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
        return true;
    default: return false;
    }
}

bool is_upper_codepoint(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

char32_t decode_utf8_beyond_ascii(std::string_view text, std::size_t pos, int& length) {
    if (pos >= text.size()) {
        length = 0;
        return 0;
    }
    return decode_utf8(text.data() + pos, text.data() + text.size(), length);
}
bool is_word_char_beyond_ascii(char32_t c) { return is_word_codepoint(c); }
bool is_upper_char_beyond_ascii(char32_t c) { return is_upper_codepoint(c); }

// ---- language.hpp membership tests ------------------------------------------------

bool is_place_name(std::string_view name) { return the_lexicon().places.contains(name); }

std::optional<std::string> country_of_adjective(std::string_view adjective) {
    if (auto e = the_lexicon().demonym_places.find(adjective)) return e->second;
    return std::nullopt;
}

std::string canonical_place_name(std::string_view name) {
    auto const& m = the_lexicon().canonical_places;
    auto it = m.find(name);
    return it == m.end() ? std::string(name) : it->second;
}

bool is_organization_name(std::string_view name) {
    auto const& lx = the_lexicon();
    std::string_view n = name;
    if (n.starts_with("the ") || n.starts_with("The ")) n.remove_prefix(4);
    if (lx.organizations.contains(n) || lx.org_heads.contains(n)) return true;
    auto sp = n.rfind(' ');
    if (sp != std::string_view::npos && lx.org_heads.contains(n.substr(sp + 1))) return true;
    // "Brigade de Recherche", "Office for Budget Responsibility": a head word first, then a
    // link word, names a body too.
    auto first = n.find(' ');
    if (first == std::string_view::npos || !lx.org_heads.contains(n.substr(0, first))) return false;
    auto rest = n.substr(first + 1);
    static constexpr std::string_view links[] = {"of ", "for ", "de ", "du ", "des ", "on "};
    return std::any_of(std::begin(links), std::end(links), [&](std::string_view l) { return rest.starts_with(l); });
}

bool is_listed_outlet(std::string_view name) {
    if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
    return the_lexicon().outlets.contains(name);
}

bool is_outlet_head(std::string_view word) { return the_lexicon().outlet_heads.contains(word); }

bool is_outlet_name(std::string_view name) {
    auto const& lx = the_lexicon();
    std::string_view n = name;
    if (n.starts_with("the ") || n.starts_with("The ")) n.remove_prefix(4);
    if (lx.outlets.contains(n)) return true;
    auto const sp = n.rfind(' ');
    return (sp != std::string_view::npos && lx.outlet_heads.contains(n.substr(sp + 1))) ||
           (sp == std::string_view::npos && lx.outlet_heads.contains(n) && lx.organizations.contains(n)); // "the Guardian"
}

std::size_t skip_time_phrase(std::string_view text, std::size_t pos) {
    auto const& lx = the_lexicon();
    auto letters_end = [&](std::size_t p) {
        while (p < text.size() && ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z'))) ++p;
        return p;
    };
    auto word_at = [&](std::size_t p) {
        std::size_t e = letters_end(p);
        if (e < text.size() && text[e] == '.' && e > p && lx.time_words.contains(text.substr(p, e - p + 1))) ++e; // Dec.
        return text.substr(p, e - p);
    };
    auto blank_after = [&](std::size_t p) {
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
        return p;
    };
    // A word with its first letter in lower case ("Two" -> "two": a sentence may open with a time
    // phrase), in a buffer of its own (no allocation on this path).
    std::array<char, 16> first{};
    auto lowered = [&](std::string_view w) {
        if (w.empty() || w.size() > first.size() || w[0] < 'A' || w[0] > 'Z') return w;
        std::copy(w.begin(), w.end(), first.begin());
        first[0] = static_cast<char>(w[0] - 'A' + 'a');
        return std::string_view(first.data(), w.size());
    };
    std::size_t p = pos;
    {
        // (most words open no time phrase: one look-up says so)
        bool const digit = p < text.size() && text[p] >= '0' && text[p] <= '9';
        auto const start = text.substr(p, letters_end(p) - p);
        if (!digit && !lx.time_starts.contains(start) && !lx.time_starts.contains(lowered(start))) return 0;
    }
    auto w = word_at(p);
    std::size_t after_lead = p;
    if (lx.time_leads.contains(w)) after_lead = blank_after(p + w.size());
    bool const determined_lead = lx.time_determined_leads.contains(w);
    if (determined_lead) {
        // "during the weekend", "over the summer": a determiner between the lead and a time word
        after_lead = blank_after(p + w.size());
        auto const det = word_at(after_lead);
        if (!det.empty() && lx.time_determiners.contains(det)) {
            auto const next = blank_after(after_lead + det.size());
            if (!lx.time_words.contains(word_at(next))) return 0;
            after_lead = next;
        }
    }
    std::size_t end = pos;
    // "in 2019", "in 1998": a year after "in"
    if (w == "in" && after_lead + 4 <= text.size()) {
        auto const y = text.substr(after_lead, 4);
        bool year = std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) && (y[0] == '1' || y[0] == '2') &&
                    (after_lead + 4 == text.size() || !std::isalnum(static_cast<unsigned char>(text[after_lead + 4])));
        if (year) return after_lead + 4 - pos;
    }
    for (std::size_t q = after_lead;;) {
        auto t = word_at(q);
        if (t.empty() || !lx.time_words.contains(t)) break;
        end = q + t.size();
        q = blank_after(end);
        // "Dec. 6", "March 3, 2016": the day and year after a month
        std::size_t d = q;
        while (d < text.size() && text[d] >= '0' && text[d] <= '9') ++d;
        if (d > q && d - q <= 4) {
            end = d;
            q = blank_after(end);
        }
    }
    // ("during Friday's debate": the time word owns a noun, the phrase goes on)
    if (determined_lead && end > pos && (text.substr(end).starts_with("'s") || text.substr(end).starts_with("\xE2\x80\x99s"))) return 0;
    if (end == pos) {
        // "several weeks after the vote", "two days later", "a week ago": a stretch of time
        // counted from an event. "after"/"before" stay for the caller (they open an adverbial).
        // A sentence may open with one ("Two days later", "Hours later"): the first letter is
        // read in lower case.
        std::size_t q = pos;
        auto count = word_at(q);
        std::size_t digits = q;
        while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
        if (digits > q) count = text.substr(q, digits - q);
        auto const count_word = lowered(count);
        // A plural unit with no count ("hours later", "months before the vote").
        bool bare_plural = digits == q && count_word.ends_with('s') && lx.time_units.contains(count_word);
        if (!bare_plural) {
            if (count.empty() || (digits == q && !lx.time_counts.contains(count_word))) return 0;
            q = blank_after(q + count.size());
            if (word_at(q) == "few") q = blank_after(q + 3);
        }
        auto unit = word_at(q);
        if (bare_plural) unit = count; // as written; its lower-case form is a unit
        else if (!lx.time_units.contains(unit)) return 0;
        std::size_t unit_end = q + unit.size();
        q = blank_after(unit_end);
        auto rel = word_at(q);
        if (!lx.time_relatives.contains(rel)) return 0;
        end = rel == "after" || rel == "before" ? unit_end : q + rel.size();
    }
    return end == pos ? 0 : end - pos;
}

bool looks_like_clause(std::string_view text, std::size_t begin, std::size_t end) {
    auto const& lx = the_lexicon();
    std::size_t words = 0;
    for (std::size_t p = begin; p < end && words < 25;) {
        while (p < end && !((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z') || text[p] == '\''))
            ++p;
        std::size_t e = p;
        while (e < end && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z') || text[e] == '\'' ||
                           text.compare(e, 3, "\xE2\x80\x99") == 0))
            e += text.compare(e, 3, "\xE2\x80\x99") == 0 ? 3 : 1;
        if (e == p) break;
        std::string w, lower; // the word with ’ read as ', and in lower case
        for (std::size_t i = p; i < e; ++i) {
            bool curly = text.compare(i, 3, "\xE2\x80\x99") == 0;
            char c = curly ? '\'' : text[i];
            if (curly) i += 2;
            w += c;
            lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        std::string bare = w.substr(0, w.find('\''));                              // "he's" -> "he"
        if (words == 0 && lx.pronoun_map.contains(bare)) return true;              // "he respects …"
        if (lx.finite_verbs.contains(lower)) return true;                           // "a deal was …"
        if (lower.find('\'') != std::string::npos && !lower.ends_with("'s")) return true; // "they're", "it'll"
        if (words > 0 && lower.size() > 4 && lower.ends_with("ed") && w == lower) return true; // "the talks ended", not "Jared"
        ++words;
        p = e;
    }
    return false;
}

gender person_gender(std::string_view name, std::string_view role) {
    auto const& lx = the_lexicon();
    // The role's words first ("Mrs.", "spokeswoman"), then the first name.
    for (std::size_t p = 0; p < role.size();) {
        auto e = role.find(' ', p);
        auto w = role.substr(p, e == std::string_view::npos ? std::string_view::npos : e - p);
        if (auto it = lx.title_genders.find(w); it != lx.title_genders.end()) return it->second;
        if (e == std::string_view::npos) break;
        p = e + 1;
    }
    // (the first name the list knows before the surname: "E. Jean Carroll", "Sayyid Ali Khamenei")
    auto const last_space = name.rfind(' ');
    if (last_space == std::string_view::npos) return gender::unknown;
    for (std::size_t p = 0; p < last_space;) {
        auto e = name.find(' ', p);
        if (auto it = lx.name_genders.find(name.substr(p, e - p)); it != lx.name_genders.end()) return it->second;
        p = e + 1;
    }
    return gender::unknown;
}

bool is_generic_org_word(std::string_view w) {
    auto const& lx = the_lexicon();
    return lx.org_heads.contains(w) && !lx.organizations.contains(w); // "the Guardian" names a paper
}

bool is_finite_verb(std::string_view w) { return the_lexicon().finite_verbs.contains(w); }

bool is_first_name(std::string_view w) { return the_lexicon().name_genders.contains(w); }

std::string lower_ascii(std::string_view w) {
    std::string s(w);
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool is_noun_modifier(std::string_view word) { return the_lexicon().noun_modifiers.contains(lower_ascii(word)); }

bool is_time_unit(std::string_view lower_word) { return the_lexicon().time_units.contains(lower_word); }

bool is_common_word(std::string_view word) { return the_lexicon().common_words.contains(lower_ascii(word)); }

bool is_name_of_common_words(std::string_view name) {
    auto const& lx = the_lexicon();
    std::size_t count = 0;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (name[i] != ' ' && (i == 0 || name[i - 1] == ' ')) ++count;
    std::size_t words = 0;
    char lower[64];
    for (std::size_t i = 0, at = 0; i < count; ++i) {
        while (name[at] == ' ') ++at;
        std::size_t end = name.find(' ', at);
        if (end == std::string_view::npos) end = name.size();
        auto w = name.substr(at, end - at);
        at = end;
        if (w.ends_with("'s")) w.remove_suffix(2);
        if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
        if (w.empty() || lx.name_genders.contains(w)) return false;
        for (std::size_t k = 0; k < w.size(); ++k) {
            char c = w[k];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false; // "TTIP", "O'Neill", "Al-Tabchi"
            if (k < sizeof lower) lower[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        // (no everyday word is longer than the buffer)
        std::string_view const low = w.size() <= sizeof lower ? std::string_view(lower, w.size()) : std::string_view{};
        if (w.size() > 1 && w[1] >= 'A' && w[1] <= 'Z') return false; // an acronym
        // "Hats": a plural of an everyday noun.
        bool common = lx.common_words.contains(low) ||
                      (low.size() >= 4 && low.ends_with('s') && lx.common_words.contains(low.substr(0, low.size() - 1)));
        // "Pre University Course": in a name of three words or more the first may be any word
        if (!common && !(i == 0 && count >= 3)) return false;
        ++words;
    }
    return words >= 2;
}

bool is_clause_opener(std::string_view w) { return the_lexicon().clause_openers.contains(w); }
bool is_subordinator(std::string_view w) { return the_lexicon().subordinators.contains(w); }
bool is_preposition(std::string_view w) { return the_lexicon().prepositions.contains(w); }
bool is_group_word(std::string_view w) { return the_lexicon().group_set.contains(w); }
bool is_source_noun(std::string_view w) { return the_lexicon().source_set.contains(w); }
bool is_title_word(std::string_view w) { return the_lexicon().title_set.contains(w); }
bool is_role_noun(std::string_view w) { return the_lexicon().role_set.contains(w); }
bool is_function_word(std::string_view w) { return the_lexicon().function_set.contains(w); }
bool is_abbreviation(std::string_view w) { return the_lexicon().abbreviations.contains(w); }

gender pronoun_gender(std::string_view w) {
    auto const& m = the_lexicon().pronoun_map;
    auto it = m.find(w);
    return it == m.end() ? gender::unknown : it->second;
}

} // namespace verbatim::grammars
