// Tests for attribution and speaker resolution, through verbatim::extract_quotations on small
// documents: who said what, in which words, and what kind of speaker it is.
#include <doctest/doctest.h>

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "string_list_printer.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/quotation.hpp"

namespace {

using verbatim::quote_kind;
using verbatim::speaker_kind;
using strings = std::vector<std::string>;

/// A document and the quotations found in it.
struct extraction {
    verbatim::document doc;
    std::vector<verbatim::quotation> quotes;

    [[nodiscard]] std::string text_of(verbatim::text_span s) const {
        REQUIRE(s.begin <= s.end);
        REQUIRE(s.end <= doc.text.size());
        return doc.text.substr(s.begin, s.end - s.begin);
    }
    [[nodiscard]] std::string content(std::size_t i) const { return verbatim::content_text(doc, quotes.at(i)); }
    [[nodiscard]] strings spans(std::size_t i) const {
        strings out;
        for (auto s : quotes.at(i).spans) out.push_back(text_of(s));
        return out;
    }
    [[nodiscard]] strings quoted(std::size_t i) const {
        strings out;
        for (auto s : quotes.at(i).quoted) out.push_back(text_of(s));
        return out;
    }
    [[nodiscard]] std::string cue(std::size_t i) const {
        auto const& q = quotes.at(i);
        return q.cue ? q.cue->text : std::string("<no cue>");
    }
    [[nodiscard]] std::string speaker_text(std::size_t i) const {
        auto const& q = quotes.at(i);
        return q.speaker ? q.speaker->text : std::string("<no speaker>");
    }
    [[nodiscard]] std::string speaker_name(std::size_t i) const {
        auto const& q = quotes.at(i);
        return q.speaker ? q.speaker->name : std::string("<no speaker>");
    }
    [[nodiscard]] std::string speaker_role(std::size_t i) const {
        auto const& q = quotes.at(i);
        return q.speaker ? q.speaker->role : std::string("<no speaker>");
    }
    [[nodiscard]] speaker_kind kind_of_speaker(std::size_t i) const {
        auto const& q = quotes.at(i);
        return q.speaker ? q.speaker->kind : speaker_kind::unknown;
    }

    /// Index of the quotation with a verbatim part that is exactly `words`, or quotes.size().
    [[nodiscard]] std::size_t holding(std::string_view words) const {
        for (std::size_t i = 0; i < quotes.size(); ++i)
            for (auto s : quotes[i].quoted)
                if (text_of(s) == words) return i;
        return quotes.size();
    }

    /// Every quotation on one line each, for failure messages.
    [[nodiscard]] std::string describe() const {
        std::ostringstream out;
        out << quotes.size() << " quotation(s)";
        for (std::size_t i = 0; i < quotes.size(); ++i) {
            out << "\n  [" << i << "] " << verbatim::to_string(quotes[i].kind) << " content=\"" << content(i) << "\"";
            for (auto const& q : quoted(i)) out << " quoted=\"" << q << "\"";
            out << " cue=\"" << cue(i) << "\" speaker=\"" << speaker_text(i) << "\" name=\"" << speaker_name(i)
                << "\" role=\"" << speaker_role(i) << "\" kind="
                << (quotes[i].speaker ? verbatim::to_string(quotes[i].speaker->kind) : "-");
        }
        return out.str();
    }
};

/// Runs the pipeline on `text` as the body of an article.
extraction extract(std::string text) {
    extraction e;
    e.doc.id = "test";
    e.doc.date = "2026-01-23";
    e.doc.text = std::move(text);
    e.quotes = verbatim::extract_quotations(e.doc);
    return e;
}

/// Two paragraphs of hard-wrapped text: enough short lines for the article to be read as wrapped.
std::string wrapped_lead() {
    return "The mayor of the small town walked on Monday along the old bridge\n"
           "over the river, which has been closed to traffic since the floods\n"
           "of last spring.\n"
           "\n"
           "Residents have crossed by ferry for a year, and the shops near the\n"
           "bridge have lost much of their trade while it was shut for repairs\n"
           "to its piers.\n"
           "\n";
}

/// `body` after a short first paragraph, as an article opens with its headline (a lone first
/// paragraph may be one).
std::string titled(std::string const& body) { return "A title line for the page\n\n" + body; }

/// Runs the pipeline on `text` as a .txt file, reading its header and dateline first.
extraction extract_with_header(std::string text) {
    extraction e;
    e.doc.id = "test";
    e.doc.text = std::move(text);
    verbatim::read_text_header(e.doc);
    e.quotes = verbatim::extract_quotations(e.doc);
    return e;
}

} // namespace

// ---- direct quotes ------------------------------------------------------------------

TEST_CASE("attribute: quote, then speaker and said") {
    auto const r = extract("\xE2\x80\x9CWe will not sign this deal,\xE2\x80\x9D Anna Berg said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    auto const& q = r.quotes[0];
    CHECK(q.kind == quote_kind::direct);
    CHECK(r.spans(0) == strings{"We will not sign this deal"});
    CHECK(q.spans.front().begin == 3); // right after the opening mark
    CHECK(q.quoted == q.spans);
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_text(0) == "Anna Berg");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
    REQUIRE(q.speaker);
    CHECK(r.text_of(q.speaker->span) == "Anna Berg");
    REQUIRE(q.cue);
    CHECK(r.text_of(q.cue->span) == "said");
}

TEST_CASE("attribute: a speaker phrase opens with any determiner, 'an' and 'their' as well as 'a' and 'the'") {
    // Each determiner is read whole: "an" is no "a" followed by letters.
    for (std::string det : {"An", "Their", "These", "Another"}) {
        std::string const noun = det == "These" ? "ferry pilots" : "ferry pilot";
        auto const r = extract("\xE2\x80\x9CThe river is too high today,\xE2\x80\x9D " + det + " " + noun + " said.");
        INFO(r.describe());
        REQUIRE(r.quotes.size() == 1);
        CHECK(r.speaker_text(0) == det + " " + noun);
    }
}

TEST_CASE("attribute: quote, then said and speaker") {
    auto const r = extract("\xE2\x80\x9CWe will not sign this deal,\xE2\x80\x9D said Anna Berg.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.content(0) == "We will not sign this deal");
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: straight quotes attribute like curly ones") {
    auto const r = extract("\"We will not sign this deal,\" Anna Berg said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.content(0) == "We will not sign this deal");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: speaker said, colon, quote") {
    auto const r = extract("Anna Berg said: \xE2\x80\x9CWhy would we sign this deal?\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.content(0) == "Why would we sign this deal?");
    CHECK(r.quoted(0) == strings{"Why would we sign this deal?"});
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: split quote with the speaker in the middle") {
    auto const r = extract("\xE2\x80\x9CWe will not sign,\xE2\x80\x9D Anna Berg said, "
                           "\xE2\x80\x9Cso why would we talk?\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.spans(0) == strings{"We will not sign", "so why would we talk?"});
    CHECK(r.quotes[0].quoted == r.quotes[0].spans);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "said");
}

TEST_CASE("attribute: split quote around told reporters and a time phrase") {
    auto const r = extract("\xE2\x80\x9CWe will not sign,\xE2\x80\x9D Anna Berg told reporters on Monday, "
                           "\xE2\x80\x9Cnot now.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.spans(0) == strings{"We will not sign", "not now."});
    CHECK(r.cue(0) == "told");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: split quote with he-said in the middle") {
    auto const r = extract("Finance Minister Tom Reyes said the budget was balanced.\n\n"
                           "\xE2\x80\x9CWe kept every promise,\xE2\x80\x9D he said, "
                           "\xE2\x80\x9C" "and we will keep the next ones too!\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.spans(1) == strings{"We kept every promise", "and we will keep the next ones too!"});
    CHECK(r.quotes[1].kind == quote_kind::direct);
    CHECK(r.speaker_text(1) == "he");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.kind_of_speaker(1) == speaker_kind::person);
}

TEST_CASE("attribute: a quoted sentence right after “…,” she said. goes on with her quote, however short") {
    auto const r = extract("Anna Berg watched the stage.\n\n"
                           "\xE2\x80\x9CThere it goes,\xE2\x80\x9D she said. \xE2\x80\x9CIt is gone.\xE2\x80\x9D\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.spans(0) == strings{"There it goes", "It is gone."});
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: a quote over three paragraphs, attributed in the first, is one speaker's") {
    auto const r = extract("Senator Jane Doe said the bill was fair.\n\n"
                           "\xE2\x80\x9CWe came here to fix this,\xE2\x80\x9D she said. "
                           "\xE2\x80\x9C" "And we will not leave until it is done.\n\n"
                           "\xE2\x80\x9CNobody should doubt that for a moment.\xE2\x80\x9D\n");
    INFO(r.describe());
    auto const first = r.holding("We came here to fix this");
    auto const second = r.holding("And we will not leave until it is done.");
    auto const third = r.holding("Nobody should doubt that for a moment.");
    REQUIRE(first < r.quotes.size());
    REQUIRE(second < r.quotes.size());
    REQUIRE(third < r.quotes.size());
    CHECK(r.speaker_name(first) == "Jane Doe");
    CHECK(r.speaker_name(second) == "Jane Doe");
    CHECK(second == third); // the paragraph that reopens the quote continues it
    CHECK(r.quotes[third].kind == quote_kind::direct);
}

TEST_CASE("attribute: a quote over three paragraphs, attributed in the last, is one record") {
    auto const r = extract("\xE2\x80\x9CThe first part of the speech runs here.\n\n"
                           "\xE2\x80\x9CThe second part goes on.\n\n"
                           "\xE2\x80\x9C" "And the last part ends it,\xE2\x80\x9D the senator said.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.spans(0) ==
          strings{"The first part of the speech runs here.", "The second part goes on.", "And the last part ends it"});
    CHECK(r.speaker_text(0) == "the senator");
    CHECK(r.cue(0) == "said");
}

// ---- indirect and mixed speech ------------------------------------------------------

TEST_CASE("attribute: indirect speech with that") {
    auto const r = extract("Anna Berg said that the deal would not be signed this year.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "the deal would not be signed this year");
    CHECK(r.quotes[0].quoted.empty());
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: indirect speech without that, after a time phrase") {
    auto const r = extract("Anna Berg said on Wednesday the deal would not be signed this year.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "the deal would not be signed this year");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: a stretch of time after the cue is no reported clause") {
    // "said several weeks after the vote": the quote before is what was said.
    auto const r = extract("\xE2\x80\x9CThe plan was never in doubt,\xE2\x80\x9D Anna Berg said several weeks after "
                           "the vote, and the reason was the budget.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.spans(0) == strings{"The plan was never in doubt"});
    CHECK(r.speaker_name(0) == "Anna Berg");
    // "said two days later that …": the clause after the time phrase.
    auto const t = extract("Anna Berg said two days later that the deal was off.");
    INFO(t.describe());
    REQUIRE(t.quotes.size() == 1);
    CHECK(t.content(0) == "the deal was off");
}

TEST_CASE("attribute: a report in an opening subordinate clause ends with that clause") {
    auto const r = extract("While Anna Berg called for the fees to be \xE2\x80\x9C" "paid back\xE2\x80\x9D to the town, "
                           "Tom Reyes kept to the budget, which grew by 2,400 jobs.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0).ends_with("to the town"));
}

TEST_CASE("attribute: a participle after 'she said,' is what she did, a gerund clause is what she said") {
    auto const r = extract("The council raised the parking fees, Anna Berg said, waving at the town\xE2\x80\x99s hall.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "The council raised the parking fees");
    auto const g = extract("While a few players got a fine, Anna Berg added, banning the club would be unfair.");
    INFO(g.describe());
    REQUIRE(g.quotes.size() == 1);
    CHECK(g.content(0).ends_with("banning the club would be unfair"));
}

TEST_CASE("attribute: after 'said', four words or more are what was said, whatever the verb") {
    auto const r = extract("Anna Berg said every new bus line brings more riders downtown.\n\nTom Reyes said goodbye.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "every new bus line brings more riders downtown");
}

TEST_CASE("attribute: an indirect question after ask and wonder") {
    auto const r = extract("Anna Berg asked the minister when the bridge would open.\n\n"
                           "Tom Reyes wondered why the plan had failed.\n\n"
                           "The clerk asked for a receipt.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "when the bridge would open");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.content(1) == "why the plan had failed");
}

TEST_CASE("attribute: 'described X as a “…”' ends with the quoted words, or with the ones joined to them") {
    auto const r = extract("Anna Berg described the mayor as a \xE2\x80\x9C" "spoiled child\xE2\x80\x9D on Monday.\n\n"
                           "Tom Reyes described the plan as \xE2\x80\x9C" "a folly\xE2\x80\x9D and \xE2\x80\x9C" "a waste\xE2\x80\x9D at a rally.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "the mayor as a \xE2\x80\x9C" "spoiled child\xE2\x80\x9D");
    CHECK(r.content(1) == "the plan as \xE2\x80\x9C" "a folly\xE2\x80\x9D and \xE2\x80\x9C" "a waste\xE2\x80\x9D");
    auto const t = extract("She described the mayor as a \xE2\x80\x9C" "spoiled child\xE2\x80\x9D and a \xE2\x80\x9C" "bully\xE2\x80\x9D in the past.");
    INFO(t.describe());
    REQUIRE(t.quotes.size() == 1);
    CHECK(t.content(0) == "the mayor as a \xE2\x80\x9C" "spoiled child\xE2\x80\x9D and a \xE2\x80\x9C" "bully\xE2\x80\x9D");
}

TEST_CASE("attribute: ', adding later, “…”' reports what follows the participle") {
    auto const r = extract("\xE2\x80\x9CWe cannot pay for this,\xE2\x80\x9D Tom Reyes said, adding later, "
                           "\xE2\x80\x9CThe contract costs us too much.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.spans(0) == strings{"We cannot pay for this"});
    CHECK(r.spans(1) == strings{"The contract costs us too much."});
    CHECK(r.speaker_name(1) == "Tom Reyes");
}

TEST_CASE("attribute: a participle after a quote closing on its comma reports a clause of its own, the subject's") {
    auto const r = extract("The mayor Anna Berg insisted that she has \xE2\x80\x9Cwon the argument,\xE2\x80\x9D claiming that "
                           "her plan for the bridge is cheaper than the old one.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "she has \xE2\x80\x9Cwon the argument,\xE2\x80\x9D");
    CHECK(r.cue(1) == "claiming");
    CHECK(r.content(1) == "her plan for the bridge is cheaper than the old one");
    CHECK(r.speaker_name(1) == "Anna Berg");
}

TEST_CASE("attribute: a report ends where the subject of the next cue in its sentence begins") {
    auto const r = extract("Anna Berg said she thought the old mill was worth saving because \xE2\x80\x9Cnobody builds like that now,"
                           "\xE2\x80\x9D she said.");
    INFO(r.describe());
    REQUIRE_FALSE(r.quotes.empty());
    CHECK(r.content(0).ends_with("builds like that now,\xE2\x80\x9D"));
}

TEST_CASE("attribute: '“…,” X told HEARER.' with a hearer the grammar cannot read whole") {
    auto const r = extract("Title.\n\n\xE2\x80\x9CWe were there,\xE2\x80\x9D Anna Berg told USA Today.\n\n"
                           "\xE2\x80\x9CWe will stay,\xE2\x80\x9D Tom Reyes told some of the dock workers.\n\n"
                           "\xE2\x80\x9CIt is small,\xE2\x80\x9D wrote Ann Hill for the Times.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.speaker_name(2) == "Ann Hill");
    // "…, officials told state media, adding that …": the clause before is what they told.
    auto const t = extract("Title.\n\nA total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
                           "their work.\n");
    INFO(t.describe());
    REQUIRE(t.quotes.size() == 2);
    CHECK(t.content(0) == "A total of 39 are confirmed dead");
    CHECK(t.content(1) == "rescuers ended their work");
}

TEST_CASE("attribute: a quoted sentence after '“…,” she said, emphasizing …' goes on with her quote") {
    auto const r = extract("Title.\n\n\xE2\x80\x9CWe cannot fix the roads,\xE2\x80\x9D Anna Berg said, emphasizing why the budget "
                           "was crucial. \xE2\x80\x9CWe have no money left for them.\xE2\x80\x9D\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.spans(0) == strings{"We cannot fix the roads", "We have no money left for them."});
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: '“…?” asked X' inverts like said; '…, told X' does not") {
    auto const r = extract("Title.\n\n\xE2\x80\x9CWhy should we wait any longer?\xE2\x80\x9D asked Tom Reyes, now a radio host.\n\n"
                           "\xE2\x80\x9CThey were wrong,\xE2\x80\x9D remembered Ann Hill, a former spokeswoman.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.cue(0) == "asked");
    CHECK(r.speaker_name(1) == "Ann Hill");
}

TEST_CASE("attribute: a headline's own attribution: 'NAME: …' and 'NAME Says …'") {
    auto const r = extract("Okafor: Reyes Budget Will Close Three Schools.\n\nThe senator spoke on Monday.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Okafor");
    CHECK(r.content(0) == "Reyes Budget Will Close Three Schools");
    auto const t = extract("Anna Berg Says Her Town Will Build a New Bridge.\n\nThe senator spoke on Monday.\n");
    INFO(t.describe());
    REQUIRE(t.quotes.size() == 1);
    CHECK(t.speaker_text(0) == "Anna Berg");
    CHECK(t.cue(0) == "Says");
    CHECK(t.content(0) == "Her Town Will Build a New Bridge");
    // "The Latest: …" labels a series: nobody speaks.
    CHECK(extract("The Latest: Storm Closes the Northern Roads.\n\nThe senator spoke on Monday.\n").quotes.empty());
}

TEST_CASE("attribute: the object of a participle is no inverted speaker ('…,' X said, repeating a familiar line)") {
    auto const r = extract("Title.\n\n\"We will lower the fares,\" Tom Reyes said, repeating a familiar line.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.spans(0) == strings{"We will lower the fares"});
}

TEST_CASE("attribute: a naming participle after an indefinite plain noun names a thing, not a speaker ('a formula called the “chained fare”')") {
    auto const r = extract("Title.\n\n"
                           "On fares, both oppose an inflation formula called the \"chained fare\" that would cut payments.\n\n"
                           "The mayor called Berg \"a liar\" on Monday.\n");
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "an inflation formula");
    auto b = r.holding("a liar");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "the mayor");
}

TEST_CASE("attribute: a naming verb does not invert ('the fund, called X, …'; 'Y, who called it “…,” portrayed the plan as …')") {
    auto const r = extract("Title.\n\n"
                           "The money, dubbed the Harbor Fund, will pay for the ferry until the bridge opens.\n\n"
                           "Mr. Reyes, who has called the fares \"far too high,\" portrayed the plan as a passing trouble.\n");
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) {
        CHECK(r.speaker_name(i) != "the Harbor Fund");
        CHECK(r.speaker_name(i) != "the plan");
    }
}

TEST_CASE("attribute: a clause before the cue may end in a quotation closed by two apostrophes ('… ''because …,'' Mr. X said')") {
    auto const r = extract("Title.\n\n"
                           "At the docks, owners pay more ''because they expect good service,'' Mr. Reyes said. ''But the public docks have no money.''\n");
    INFO(r.describe());
    auto a = r.holding("because they expect good service,");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Reyes");
    CHECK(r.content(a).find("owners pay more") != std::string::npos);
}

TEST_CASE("attribute: a quotation signed by a name and a verb that is no cue ('“…?” Okafor went on', 'Reyes shot back') is that name's") {
    auto const r = extract("Title.\n\n"
                           "\"The fares are too high,\" Anna Berg said.\n\n"
                           "\"You know, it happens, right?\" Lena Okafor went on, as if she had not heard.\n");
    INFO(r.describe());
    auto b = r.holding("You know, it happens, right?");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Lena Okafor"); // (the name signs it)
    auto const shot = extract("Title.\n\n"
                              "\"The fares are too high,\" Anna Berg said.\n\n"
                              "\"Anna wants to be a tough captain tonight,\" Tom Reyes shot back. \"Let me talk.\"\n");
    INFO(shot.describe());
    auto c = shot.holding("Anna wants to be a tough captain tonight");
    REQUIRE(c < shot.quotes.size());
    CHECK(shot.speaker_name(c) == "Tom Reyes");
}

TEST_CASE("attribute: a quotation before its own sentence of attribution: a 'that' after a participle, a hearer named by a capitalised word") {
    auto const r = extract_with_header("Title.\n\n"
                           "The mayor spoke first.\n\n"
                           "\"What does that mean, the ferry ran on time?\" Tom Reyes asked, repeating a claim - that the ferry was late.\n\n"
                           "\"Why are you still backing her?\" Lena Okafor asked Harbor councillors. \"What does this say about you?\"\n");
    INFO(r.describe());
    auto a = r.holding("What does that mean, the ferry ran on time?");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Tom Reyes");
    auto b = r.holding("Why are you still backing her?");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Lena Okafor");
}

TEST_CASE("attribute: a clause after, before, until or when opens is subordinate ('After the court refused …, X asked'); not a preposition's phrase") {
    auto const r = extract_with_header("Title.\n\n"
                           "After the council refused to hear the case, Anna Berg asked the court to rule.\n\n"
                           "About 270 riders have now been moved to the new ferry, officials said.\n");
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.content(i).find("the council refused") == std::string::npos);
    bool moved = false;
    for (std::size_t i = 0; i < r.quotes.size(); ++i) moved = moved || r.content(i).find("About 270 riders") != std::string::npos;
    CHECK(moved);
}

TEST_CASE("attribute: a participle's speaker is the main clause's subject, not a place or a phrase before it ('in Astoria, Ore., on Sunday, Berg …, saying')") {
    auto const r = extract_with_header("Title.\n\n"
                                       "At a rally in Astoria, Ore., on Sunday, Anna Berg backed the plan, saying the ferry was vital.\n\n"
                                       "At a meeting in Salem, Oregon, Tom Reyes went after the council, saying it was a disgrace.\n\n"
                                       "Like Tom Reyes, Lena Okafor also rejected the plan, arguing that the fares were too high.\n");
    INFO(r.describe());
    auto said = [&](std::string_view content) {
        for (std::size_t i = 0; i < r.quotes.size(); ++i)
            if (r.content(i) == content) return r.speaker_name(i);
        return std::string("(not found)");
    };
    CHECK(said("the ferry was vital") == "Anna Berg");
    CHECK(said("it was a disgrace") == "Tom Reyes");
    CHECK(said("the fares were too high") == "Lena Okafor");
}

TEST_CASE("attribute: an inverted speaker with a relative clause, a subject in apposition, a damaged hearer") {
    auto const r = extract("Title.\n\nAnna Berg spoke.\n\n"
                           "\"It was a bad year,\" said one owner of a bakery who asked not to be named.\n\n"
                           "\"It is too costly,\" Tom Reyes, legal director of the union, said over the phone.\n\n"
                           "\"We must unite,\" Prime Minister Ann Hill told the daily Lib\xC3\x83\xC2\xA9ration.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_text(0) == "one owner of a bakery");
    CHECK(r.spans(0) == strings{"It was a bad year"});
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.speaker_name(2) == "Ann Hill");
}

TEST_CASE("attribute: a participle after a subordinate clause is that clause's subject's (', as Berg echoed it, saying …')") {
    auto const r = extract(titled("The council met late on Monday, as Anna Berg waved a timetable, saying the ferry was always late.\n\n"
                                  "The skipper whose ferry ran aground while she was ashore was fined in May, admitting that he had slept.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "the ferry was always late");
    // the comma ends the main clause there: "while she was ashore" is inside the subject
    CHECK(r.speaker_text(1) != "she");
}

TEST_CASE("attribute: 'texted volunteers saying: “…”': the noun before a participle is the object, the subject speaks") {
    auto const r = extract("Title.\n\nThe mayor texted volunteers saying: \xE2\x80\x9CThe work goes on.\xE2\x80\x9D\n\n"
                           "The video shows Anna Berg saying: \xE2\x80\x9CWhere is the money?\xE2\x80\x9D\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "The mayor");
    CHECK(r.speaker_name(1) == "Anna Berg"); // a name before the participle is who speaks
}

TEST_CASE("attribute: a participle's subject after an opening phrase without a comma") {
    auto const r = extract("Title.\n\nAnna Berg checked the claim.\n\n"
                           "On March 3 she closed the inquiry by announcing that the account was accurate.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "she");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "the account was accurate");
}

TEST_CASE("attribute: a poll's share as the source: 'Sixty-one percent said …', 'Two in five said …'") {
    auto const r = extract("Title.\n\nSixty-one percent said the new road had helped them.\n\n"
                           "Two in five said they would drive less.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "Sixty-one percent");
    CHECK(r.content(0) == "the new road had helped them");
    CHECK(r.speaker_text(1) == "Two in five");
}

TEST_CASE("attribute: 'In a survey published Friday, …': the survey is the source of the clause") {
    auto const r = extract("Title.\n\nIn a city survey published Friday, 40 percent of residents backed Berg.\n\n"
                           "In the morning, the talks went on as planned.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "a city survey");
    CHECK(r.content(0) == "40 percent of residents backed Berg");
}

TEST_CASE("attribute: reported clause before the speaker") {
    auto const r = extract("The border will close at midnight, the Interior Ministry said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "The border will close at midnight");
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "the Interior Ministry");
}

TEST_CASE("attribute: a clause opening with a capitalised common noun is no speaker's") {
    auto const r = extract("Talks concluded after stretching past the three-hour mark, "
                           "the Kremlin said in a statement.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "Talks concluded after stretching past the three-hour mark");
    CHECK(r.speaker_name(0) == "the Kremlin");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
}

TEST_CASE("attribute: two cues joined by and share their subject") {
    auto const r = extract("But Kyiv has warned that ceding ground will embolden Moscow "
                           "and says it will not sign a deal.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.cue(0) == "warned");
    CHECK(r.content(0) == "ceding ground will embolden Moscow");
    CHECK(r.speaker_name(0) == "Kyiv");
    CHECK(r.cue(1) == "says");
    CHECK(r.content(1) == "it will not sign a deal");
    CHECK(r.speaker_name(1) == "Kyiv");
}

TEST_CASE("attribute: said he believed, and a trailing without-clause, stay out of the content") {
    auto const r = extract("Witkoff had previously said he believed the two sides were \xE2\x80\x9C" "down to one issue"
                           "\xE2\x80\x9D, without elaborating.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::mixed);
    CHECK(r.content(0) == "the two sides were \xE2\x80\x9C" "down to one issue\xE2\x80\x9D");
    CHECK(r.quoted(0) == strings{"down to one issue"});
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Witkoff");
}

TEST_CASE("attribute: two speakers in one sentence get one record each") {
    auto const r = extract("Russian officials said the talks were useful, "
                           "while Ukrainian officials said they were not.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "Russian officials");
    CHECK(r.content(0) == "the talks were useful");
    CHECK(r.speaker_text(1) == "Ukrainian officials");
    CHECK(r.content(1) == "they were not");
}

TEST_CASE("attribute: in hard-wrapped text a line break between speaker and cue is a space") {
    auto const r = extract(wrapped_lead() + "The mayor\nsaid the bridge would reopen next spring.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "The mayor");
    CHECK(r.content(0) == "the bridge would reopen next spring");
}

TEST_CASE("attribute: in hard-wrapped text a line break after the cue is a space") {
    auto const r = extract(wrapped_lead() + "\xE2\x80\x9CWe will reopen it next spring,\xE2\x80\x9D "
                                            "she told reporters at the town\nhall.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "We will reopen it next spring");
    CHECK(r.cue(0) == "told");
    CHECK(r.speaker_text(0) == "she");
}

TEST_CASE("attribute: mixed quote keeps the whole clause as content") {
    auto const r = extract("Ukrainian President Volodymyr Zelensky said a draft deal was "
                           "\xE2\x80\x9Cnearly, nearly ready\xE2\x80\x9D.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::mixed);
    CHECK(r.content(0) == "a draft deal was \xE2\x80\x9Cnearly, nearly ready\xE2\x80\x9D");
    CHECK(r.quoted(0) == strings{"nearly, nearly ready"});
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Volodymyr Zelensky");
}

TEST_CASE("attribute: a speaker before a parenthesis, with auxiliaries before the cue or a phrase before it") {
    auto const r = extract(titled("Sen. Tom Reyes (R-Ore.) has said that he would \xE2\x80\x9C" "fix the ferry within a year.\xE2\x80\x9D\n\n"
                           "Speaking on Monday at the county fair Rep. Lena Park (D-Ore.) said the ferry was a "
                           "\xE2\x80\x9Clost cause\xE2\x80\x9D for the valley.\n\n"
                           "Last week the Office of River Transport (ORT) said the ferry had \xE2\x80\x9Cno future\xE2\x80\x9D.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_text(0) == "Sen. Tom Reyes");
    CHECK(r.content(0) == "he would \xE2\x80\x9C" "fix the ferry within a year.\xE2\x80\x9D");
    CHECK(r.speaker_text(1) == "Rep. Lena Park");
    CHECK(r.speaker_text(2) == "the Office of River Transport");
}

TEST_CASE("attribute: a name before a parenthesis is no speaker of a passive cue") {
    // The same name before a parenthesis and an active cue speaks (so the check below has a
    // quotation to look at); before a passive one it is what was spoken of.
    auto const r = extract(titled("The River Council (RC) said the ferry plan was a \xE2\x80\x9C" "false start\xE2\x80\x9D.\n\n"
                                  "The plans of the River Council (RC) were described by the mayor as a \xE2\x80\x9Cgood start\xE2\x80\x9D.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 1);
    CHECK(r.speaker_text(0) == "The River Council");
    auto const passive = r.holding("good start");
    if (passive < r.quotes.size()) CHECK(r.speaker_text(passive).find("River Council") == std::string::npos);
}

TEST_CASE("attribute: a quantifier alone speaks for the people counted, but not before a noun in -s") {
    auto const r = extract(titled("Several told the council the ferry was \xE2\x80\x9Ctoo slow\xE2\x80\x9D for commuters.\n\n"
                           "Many states have passed \xE2\x80\x9C" "ferry laws\xE2\x80\x9D since then.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 1);
    CHECK(r.speaker_text(0) == "Several");
    CHECK(r.cue(0) == "told");
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.cue(i) != "states");
}

TEST_CASE("attribute: an appositive after an inverted speaker is who they are, not more of what they said") {
    auto const r = extract(titled("The old plan was \xE2\x80\x9Cvery bold and very costly,\xE2\x80\x9D said Anna Berg, a professor of "
                           "law at the city college.\n\n"
                           "The ferry, said Tom Reyes, is the only way across in winter.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.spans(0) == strings{"The old plan was \xE2\x80\x9Cvery bold and very costly,\xE2\x80\x9D"});
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.spans(1) == strings{"The ferry", "is the only way across in winter"});
}

TEST_CASE("attribute: what a speech verb is about, after its preposition, is what was said") {
    auto const r = extract(titled("The mayor called for a new ferry across the river.\n\n"
                           "Anna Berg warned of long delays on the old road.\n\n"
                           "Tom Reyes wrote for the local paper for years.\n\n"
                           "The state of Oregon has closed the bridge.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "a new ferry across the river");
    CHECK(r.speaker_text(0) == "The mayor");
    CHECK(r.content(1) == "long delays on the old road");
    CHECK(r.speaker_name(1) == "Anna Berg");
}

TEST_CASE("attribute: after 'a' and a plain noun a bare verb form is the noun the phrase goes on with") {
    auto const r = extract(titled("It was an election promise the mayor kept for years.\n\n"
                           "A ferry pilot said the river was too high.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "A ferry pilot");
    CHECK(r.cue(0) == "said");
}

TEST_CASE("attribute: according to, after the clause") {
    auto const r = extract("The border will close at midnight, according to the Interior Ministry.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "The border will close at midnight");
    CHECK(r.cue(0) == "according to");
    CHECK(r.speaker_name(0) == "the Interior Ministry");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
}

TEST_CASE("attribute: according to, before the clause") {
    auto const r = extract("According to Health Minister Lena Park, the clinics will stay open.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the clinics will stay open");
    CHECK(r.cue(0) == "According to");
    CHECK(r.speaker_name(0) == "Lena Park");
    CHECK(r.speaker_role(0) == "Health Minister");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: according to a source no speaker grammar knows: a law, an organizer, results") {
    auto const r = extract("According to city rules, no one may park a truck near the school.\n\n"
                           "About 30 farmers plan to join the march, according to an organizer.\n\n"
                           "Berg leads by seven points according to a TV poll released Monday.\n\n"
                           "About 9 p.m., according to a city timeline, the crowd left the square.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.speaker_text(0) == "city rules");
    CHECK(r.content(0) == "no one may park a truck near the school");
    CHECK(r.speaker_text(1) == "an organizer");
    CHECK(r.content(1) == "About 30 farmers plan to join the march");
    CHECK(r.speaker_text(2) == "a TV poll");
    CHECK(r.content(2) == "Berg leads by seven points");
    CHECK(r.speaker_text(3) == "a city timeline");
    CHECK(r.spans(3) == strings{"About 9 p.m.", "the crowd left the square"});
}

TEST_CASE("attribute: a poll or study shows what it shows; a person finds only a clause") {
    auto const r = extract("A new poll shows Anna Berg leading the field with 31 percent.\n\n"
                           "The review found that the agency had failed.\n\n"
                           "She found her keys on the table.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "A new poll");
    CHECK(r.content(0) == "Anna Berg leading the field with 31 percent");
    CHECK(r.speaker_text(1) == "The review");
    CHECK(r.content(1) == "the agency had failed");
}

TEST_CASE("attribute: a participle clause between speaker and cue") {
    auto const r = extract("Lena Park, speaking after a cabinet meeting on Tuesday, said the clinics would stay open.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "the clinics would stay open");
    CHECK(r.speaker_text(0) == "Lena Park");
    CHECK(r.cue(0) == "said");
}

TEST_CASE("attribute: in a statement, speaker said") {
    auto const r = extract("In a statement, the Interior Ministry said the border would close at midnight.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the border would close at midnight");
    CHECK(r.speaker_text(0) == "the Interior Ministry");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
}

TEST_CASE("attribute: cue verb told, with the hearer as object") {
    auto const r = extract("Lena Park told reporters that the clinics would stay open.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "told");
    CHECK(r.content(0) == "the clinics would stay open");
    CHECK(r.speaker_name(0) == "Lena Park");
}

TEST_CASE("attribute: cue verb added, after a quote") {
    auto const r = extract("\xE2\x80\x9CThe clinics will stay open,\xE2\x80\x9D Lena Park added.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "added");
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.content(0) == "The clinics will stay open");
    CHECK(r.speaker_name(0) == "Lena Park");
}

TEST_CASE("attribute: cue verb warned, with that") {
    auto const r = extract("Lena Park warned that the clinics could close by March.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "warned");
    CHECK(r.content(0) == "the clinics could close by March");
    CHECK(r.speaker_name(0) == "Lena Park");
}

TEST_CASE("attribute: cue verb blasted, with quoted words") {
    auto const r = extract("Lena Park blasted the plan as \xE2\x80\x9Creckless and cruel\xE2\x80\x9D.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "blasted");
    CHECK(r.quotes[0].kind == quote_kind::mixed);
    CHECK(r.content(0) == "the plan as \xE2\x80\x9Creckless and cruel\xE2\x80\x9D");
    CHECK(r.quoted(0) == strings{"reckless and cruel"});
    CHECK(r.speaker_name(0) == "Lena Park");
}

TEST_CASE("attribute: encouraged, a directive like urged, reports its quoted words") {
    auto const r = extract("Lena Park encouraged residents to \xE2\x80\x9Cstay off the roads\xE2\x80\x9D until the storm passed.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "encouraged");
    CHECK(r.quoted(0) == strings{"stay off the roads"});
    CHECK(r.speaker_name(0) == "Lena Park");
}

TEST_CASE("attribute: a participle's subject comes after an opening stretch of time") {
    auto const r = extract("The council met on Monday.\n\nHours later, Tom Reyes left the hall, telling a radio host, "
                           "\xE2\x80\x9CWe did nothing wrong and we will say so again.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Tom Reyes"); // not "Hours"
}

TEST_CASE("attribute: cue verb insisted, with a bare clause") {
    auto const r = extract("Lena Park insisted the clinics would stay open.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "insisted");
    CHECK(r.content(0) == "the clinics would stay open");
    CHECK(r.speaker_name(0) == "Lena Park");
}

// ---- what is not a quotation --------------------------------------------------------

TEST_CASE("attribute: a show title in quote marks is no quotation") {
    auto const r = extract("She appeared on the TV show \xE2\x80\x9CShark Tank\xE2\x80\x9D last year.");
    INFO(r.describe());
    CHECK(r.quotes.empty());
}

TEST_CASE("attribute: a nickname in quote marks is no quotation") {
    auto const r = extract("The boxer, known as \xE2\x80\x9CThe Hammer\xE2\x80\x9D, won again on Saturday.");
    INFO(r.describe());
    CHECK(r.quotes.empty());
}

TEST_CASE("attribute: a nickname inside a name is no quotation and stays out of the speaker") {
    auto const r = extract("Tom \xE2\x80\x9CThe Hammer\xE2\x80\x9D Reyes said he would fight again in the spring.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "he would fight again in the spring");
    CHECK(r.quotes[0].quoted.empty());
    CHECK(r.speaker_name(0) == "Tom Reyes");
}

TEST_CASE("attribute: a nickname in an apposition stays out of the record") {
    auto const r = extract("Anna Berg, nicknamed \xE2\x80\x9Cthe Iron Lady\xE2\x80\x9D, said the deal was dead.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.content(0) == "the deal was dead");
    CHECK(r.quotes[0].quoted.empty());
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: the title of a novel after wrote is no quotation") {
    auto const r = extract("Anna Berg wrote the novel \xE2\x80\x9C" "A Long Way Home\xE2\x80\x9D in 2019.");
    INFO(r.describe());
    CHECK(r.quotes.empty());
}

TEST_CASE("attribute: the title of an album after announced is no quotation") {
    // What was announced is reported ("announced" takes its object as a topic), but the title in
    // it is no quoted speech.
    auto const r = extract("Anna Berg announced the album \xE2\x80\x9CNorthern Lights\xE2\x80\x9D on Monday.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::indirect);
    CHECK(r.quotes[0].quoted.empty());
}

TEST_CASE("attribute: a title in the subject does not make a said-speaker of what follows") {
    auto const r = extract("Fans of \xE2\x80\x9CShark Tank\xE2\x80\x9D said the show had changed.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the show had changed");
    CHECK(r.speaker_text(0).starts_with("Fans"));
    CHECK(r.quotes[0].quoted.empty());
}

TEST_CASE("attribute: a scare quote inside a reported clause is part of it, not its own quotation") {
    auto const r = extract("Anna Berg said the so-called \xE2\x80\x9Cpeace plan\xE2\x80\x9D was a trap.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::mixed);
    CHECK(r.content(0) == "the so-called \xE2\x80\x9Cpeace plan\xE2\x80\x9D was a trap");
    CHECK(r.quoted(0) == strings{"peace plan"});
}

// ---- who the speaker is -------------------------------------------------------------

TEST_CASE("attribute: title and nationality go to the role, not the name") {
    auto const r = extract("Ukrainian President Volodymyr Zelensky said the talks would last two days.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Ukrainian President Volodymyr Zelensky");
    CHECK(r.speaker_name(0) == "Volodymyr Zelensky");
    CHECK(r.speaker_role(0) == "Ukrainian President");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: a surname alone resolves to the full name given before") {
    auto const r = extract("Ukrainian President Volodymyr Zelensky arrived in Davos on Tuesday.\n\n"
                           "Zelensky said the talks would last two days.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Zelensky");
    CHECK(r.speaker_name(0) == "Volodymyr Zelensky");
    CHECK(r.speaker_role(0) == "Ukrainian President");
}

TEST_CASE("attribute: a namesake with another first name is another person, and a pronoun can find her") {
    auto const r = extract("The bridge was closed after Peter Okafor, a lorry driver, crashed into its rail on Monday.\n\n"
                           "His sister Grace Okafor was in the cab with him.\n\n"
                           "\xE2\x80\x9CWe were lucky to get out,\xE2\x80\x9D she said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "she");
    CHECK(r.speaker_name(0) == "Grace Okafor"); // not merged into Peter Okafor through the surname
}

TEST_CASE("attribute: he said resolves to the person quoted before") {
    auto const r = extract("Finance Minister Tom Reyes said the budget was balanced.\n\n"
                           "\xE2\x80\x9CWe kept every promise,\xE2\x80\x9D he said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.speaker_text(1) == "he");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.speaker_role(1) == "Finance Minister");
    CHECK(r.kind_of_speaker(1) == speaker_kind::person);
}

TEST_CASE("attribute: he said resolves to the person named before, who had not spoken yet") {
    auto const r = extract("Finance Minister Tom Reyes presented the budget on Monday.\n\n"
                           "\xE2\x80\x9CWe kept every promise,\xE2\x80\x9D he said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "he");
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.speaker_role(0) == "Finance Minister");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: it said resolves to the organisation named before") {
    auto const r = extract("The Interior Ministry closed the border on Monday. "
                           "It said the crossing would reopen within a week.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "It");
    CHECK(r.speaker_name(0) == "the Interior Ministry");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    CHECK(r.content(0) == "the crossing would reopen within a week");
}

TEST_CASE("attribute: the Kremlin is an organisation") {
    auto const r = extract("The Kremlin said the talks had been useful.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "The Kremlin");
    CHECK(r.speaker_name(0) == "the Kremlin");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    CHECK(r.content(0) == "the talks had been useful");
}

TEST_CASE("attribute: Kyiv is a place") {
    auto const r = extract("Kyiv says the strikes are a war crime.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Kyiv");
    CHECK(r.kind_of_speaker(0) == speaker_kind::place);
    CHECK(r.cue(0) == "says");
    CHECK(r.content(0) == "the strikes are a war crime");
}

TEST_CASE("attribute: officials are a group") {
    auto const r = extract("Western officials said the road would reopen on Friday.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Western officials");
    CHECK(r.kind_of_speaker(0) == speaker_kind::group);
    CHECK(r.content(0) == "the road would reopen on Friday");
}

TEST_CASE("attribute: a dateline is never part of a speaker: subject after it") {
    auto const r = extract_with_header("date 2026-01-23 MOSCOW, JAN 23: "
                                       "The Kremlin said the talks had been useful.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "The Kremlin");
    CHECK(r.speaker_name(0) == "the Kremlin");
    CHECK(r.content(0) == "the talks had been useful");
}

TEST_CASE("attribute: a dateline is never part of a speaker: quote after it") {
    auto const r = extract_with_header("MOSCOW, JAN 23: "
                                       "\xE2\x80\x9CThe talks were useful,\xE2\x80\x9D Dmitry Peskov said.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Dmitry Peskov");
    CHECK(r.content(0) == "The talks were useful");
}

TEST_CASE("attribute: a dateline is never part of a speaker: group after an agency dateline") {
    auto const r = extract_with_header("KYIV (Reuters) - Officials said the strikes had hit a power plant.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Officials");
    CHECK(r.kind_of_speaker(0) == speaker_kind::group);
}

TEST_CASE("attribute: a dateline in a document without header parsing stays out of the record") {
    auto const r = extract("MOSCOW, JAN 23: Talks will resume next week, said Dmitry Peskov.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "Talks will resume next week");
    CHECK(r.speaker_name(0) == "Dmitry Peskov");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: a dateline is never part of the reported clause") {
    auto const r = extract_with_header("date 2026-01-23 MOSCOW, JAN 23: "
                                       "Talks will resume next week, the Kremlin said.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "Talks will resume next week");
    CHECK(r.speaker_name(0) == "the Kremlin");
}

// ---- quoted words in what the subject did, with no speech verb ---------------------------------

TEST_CASE("attribute: quoted words in the predicate of a person go to that person") {
    auto const r = extract("Anna Berg met the mayor on Friday. She has pledged in her campaign to \xE2\x80\x9Crebuild every bridge\xE2\x80\x9D "
                           "in the valley by the spring.");
    INFO(r.describe());
    auto i = r.holding("rebuild every bridge");
    REQUIRE(i < r.quotes.size());
    CHECK(r.quotes[i].kind == quote_kind::mixed);
    CHECK(r.speaker_name(i) == "Anna Berg");
    CHECK(r.content(i).find("in the valley") != std::string::npos);

    // A comma right before the quote sets it off as what was named: still her words.
    auto const coined = extract("Anna Berg spoke in the square on Friday. She coined a new name for the plan, \xE2\x80\x9Cthe long "
                                "repair\xE2\x80\x9D.");
    INFO(coined.describe());
    auto k = coined.holding("the long repair");
    REQUIRE(k < coined.quotes.size());
    CHECK(coined.speaker_name(k) == "Anna Berg");
    // A clause between the verb and the quote: no longer read as her words.
    auto const aside = extract("Anna Berg spoke in the square on Friday. She walked, as the mayor had done, along the "
                               "\xE2\x80\x9Clong repair\xE2\x80\x9D of the old road.");
    INFO(aside.describe());
    CHECK(aside.holding("long repair") == aside.quotes.size());
}

TEST_CASE("attribute: a scare quote after a copula or in a passive is not the subject's") {
    for (auto text : {"Anna Berg was called a \xE2\x80\x9Ctraitor\xE2\x80\x9D by her rivals in the council.",
                      "The old bridge remains \xE2\x80\x9Csafe enough\xE2\x80\x9D for walkers, the council believes the report.",
                      "It seemed \xE2\x80\x9Cunlikely\xE2\x80\x9D that the bridge would open before the spring."}) {
        auto const r = extract(text);
        INFO(r.describe());
        for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "Anna Berg");
        CHECK(r.quotes.size() == 0);
    }
}

TEST_CASE("attribute: a quote set off by commas is the whole report; the narration after it is not quoted speech") {
    auto const r = extract("Anna Berg stood by the gate. She shouted, \xE2\x80\x9CStop the car,\xE2\x80\x9D until the lights changed.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == quote_kind::direct);
    CHECK(r.content(0) == "Stop the car");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: told a long hearer that …: the content starts after that") {
    auto const r = extract("Anna Berg told one of the older drivers at the depot on most mornings that the bridge would "
                           "never open again.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the bridge would never open again");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: “…,” she said, but “…”: both parts are hers") {
    auto const r = extract("\xE2\x80\x9CI like the mayor,\xE2\x80\x9D Anna Berg said, but \xE2\x80\x9Cshe has no plan for the bridge.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quoted(0) == strings{"I like the mayor", "she has no plan for the bridge."});
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: 'She said:' as a paragraph of its own introduces the quote of the next paragraph") {
    auto const r = extract("Anna Berg spoke to the council after the vote on Monday.\n\nShe said:\n\n"
                           "\xE2\x80\x9CWe will rebuild the bridge. It will take a year, and it will cost less than the ferry.\xE2\x80\x9D\n");
    INFO(r.describe());
    auto i = r.holding("We will rebuild the bridge. It will take a year, and it will cost less than the ferry.");
    REQUIRE(i < r.quotes.size());
    CHECK(r.quotes[i].kind == quote_kind::direct);
    CHECK(r.speaker_name(i) == "Anna Berg");
}

TEST_CASE("attribute: a quote signed after a dash (“…” ― Name) is that person's") {
    auto const r = extract("What readers told us about the bridge.\n\n"
                           "\xE2\x80\x9CThe ferry is slow and the fares keep rising.\xE2\x80\x9D \xE2\x80\x95 Grace Okafor\n"
                           "\xE2\x80\x9C" "Fix the bridge before the winter comes.\xE2\x80\x9D \xE2\x80\x94 Tom Reyes, a baker\n"
                           "\xE2\x80\x9CThe road is closed\xE2\x80\x9D \xE2\x80\x94 and it was closed all year.\n");
    INFO(r.describe());
    auto a = r.holding("The ferry is slow and the fares keep rising.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Grace Okafor");
    auto b = r.holding("Fix the bridge before the winter comes.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Tom Reyes");
    // A dash that goes on with the writer's words signs nothing.
    auto c = r.holding("The road is closed");
    if (c < r.quotes.size()) CHECK(r.speaker_name(c) != "and");
}

TEST_CASE("attribute: an inverted speaker's name may be followed by where they work ('says Tom Reyes of the non-partisan Harbor Report')") {
    auto const r = extract("Title.\n\n\"The ferry raises questions about the winter,\" says Tom Reyes of the non-partisan Harbor-Astoria Ferry Report.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    // (not a count of a group: "said one of the owners" names no one)
    auto const one = extract("Title.\n\n\"The ferry raises questions about the winter,\" said one of the owners.\n");
    INFO(one.describe());
    for (std::size_t i = 0; i < one.quotes.size(); ++i) CHECK(one.speaker_name(i) != "one");
}

TEST_CASE("attribute: a quotation goes on after its attribution past a report in what is said of the speaker ('“…,” said X, who has accused … . “…”')") {
    auto const r = extract("Title.\n\n\"Do these people read the timetable?\" said Lena Okafor, a ferry captain who has accused the council of ignoring riders. "
                           "\"Are they reading some chain email with bogus numbers?\"\n");
    INFO(r.describe());
    auto b = r.holding("Are they reading some chain email with bogus numbers?");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Lena Okafor");
}

TEST_CASE("attribute: what a person said without quotation marks carries its speaker to a quotation opening the next paragraph, not what they did") {
    auto const r = extract_with_header("Title.\n\n"
                                       "Anna Berg said that the ferry would keep running all winter, whatever the council decided.\n\n"
                                       "\"That is because the island needs it more than ever, and the town knows it.\"\n\n"
                                       "As he welcomed several hundred guests, Tom Reyes was also launching his bid for the council.\n\n"
                                       "\"This is a big year for our town and for everyone who lives on the island.\"\n");
    INFO(r.describe());
    auto a = r.holding("That is because the island needs it more than ever, and the town knows it.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Anna Berg");
    auto b = r.holding("This is a big year for our town and for everyone who lives on the island.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) != "Tom Reyes");
}

TEST_CASE("attribute: a hearer named by a name and a plain noun ('told Harbor magazine in 2013, …') leaves the quotation before to the speaker") {
    auto const r = extract("Title.\n\n\"I am certain that you cannot win an election alone,\" Anna Berg told Harbor magazine in 2013, "
                           "a few months before her last term as mayor ended.\n");
    INFO(r.describe());
    auto a = r.holding("I am certain that you cannot win an election alone");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Anna Berg");
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.content(i).find("magazine in 2013") == std::string::npos);
}

TEST_CASE("attribute: a stop with no space after the cue ends its clause ('“…,” Berg said.Berg claimed …')") {
    auto const r = extract("Title.\n\n\"The ferry has complete control over the island,\" Anna Berg said.Berg claimed that she learned this.\n");
    INFO(r.describe());
    auto a = r.holding("The ferry has complete control over the island");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Anna Berg");
}

TEST_CASE("attribute: manner-of-speaking verbs are cues ('“…,” Okafor barked', 'whispered', 'sighed', 'interjected')") {
    for (std::string_view verb : {"barked", "whispered", "sighed", "interjected"}) {
        auto const r = extract("Title.\n\n\"The ferry is late again,\" Lena Okafor " + std::string(verb) + ".\n");
        INFO(r.describe());
        REQUIRE(r.quotes.size() == 1);
        CHECK(r.speaker_name(0) == "Lena Okafor");
    }
}

TEST_CASE("attribute: a colon's speaker may be named by 'as X observed' or be the last clause's subject after ', and'") {
    auto const r = extract_with_header("Title.\n\n"
                                       "The mayor spoke first.\n\n"
                                       "Of course, as Lena Okafor of the Harbor Courier observed, the biggest winner was not on the stage:\n\n"
                                       "\"It was the stage itself, and the ferry that brought everyone to it.\"\n\n"
                                       "The Astoria Times made the same claim in February, and Harbor News responded:\n\n"
                                       "\"If there are people on the ferry who want to pay less, they should say so.\"\n");
    INFO(r.describe());
    auto a = r.holding("It was the stage itself, and the ferry that brought everyone to it.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Lena Okafor");
    auto b = r.holding("If there are people on the ferry who want to pay less, they should say so.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Harbor News");
}

TEST_CASE("attribute: a colon's speaker may be a passive's agent or the last clause's subject pronoun") {
    auto const r = extract_with_header("Title.\n\n"
                                       "The trouble with the fares is illustrated by this survey: \"Nine riders in ten pay more than they did last year.\"\n\n"
                                       "My aunt grew so upset on the ferry that I had to change my answer: \"Of course I trust the captain. I was only joking.\"\n");
    INFO(r.describe());
    auto a = r.holding("Nine riders in ten pay more than they did last year.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_text(a) == "this survey");
    auto b = r.holding("Of course I trust the captain. I was only joking.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_text(b) == "I");
}

TEST_CASE("attribute: a quote paragraph's speaker is not carried past a sentence of its paragraph that opens with another named person") {
    auto const r = extract_with_header("Title.\n\n"
                                       "\"We will keep the ferry running all winter,\" Tom Reyes said on Sunday.\n\n"
                                       "On Monday, Sen. Lena Okafor, who lost the primary to Reyes, identified the fares as the cause of the empty boats. "
                                       "\"Nobody can pay this much for a crossing that takes ten minutes.\"\n");
    INFO(r.describe());
    auto b = r.holding("Nobody can pay this much for a crossing that takes ten minutes.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) != "Tom Reyes");
}

TEST_CASE("attribute: a dash signature signs the quotation before it, not the next one ('“…” ― Okafor' then an unsigned “…”)") {
    auto const r = extract("What readers told us about the bridge.\n\n"
                           "\xE2\x80\x9CThe ferry is slow and the fares keep rising.\xE2\x80\x9D \xE2\x80\x95 Grace Okafor\n"
                           "\xE2\x80\x9CNobody who has waited an hour in the rain wants another winter of this.\xE2\x80\x9D\n\n"
                           "Photo.\n");
    INFO(r.describe());
    auto b = r.holding("Nobody who has waited an hour in the rain wants another winter of this.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) != "Grace Okafor");
}

TEST_CASE("attribute: a quotation in a paragraph of its own is signed by a dash and name opening the next ('- Anna Berg.')") {
    auto const r = extract_with_header("Title.\n\n"
                                       "What the candidates said on the ferry.\n\n"
                                       "\"I will look into the fares. I don't know the status, but I will certainly look into it.\"\n\n"
                                       "- Anna Berg.\n\n"
                                       "\"The whole idea of a free crossing is something we hear about all the time.\"\n\n"
                                       "-Tom Reyes, Astoria.\n\n"
                                       "Both spoke for an hour.\n");
    INFO(r.describe());
    auto a = r.holding("I will look into the fares. I don't know the status, but I will certainly look into it.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Anna Berg");
    auto b = r.holding("The whole idea of a free crossing is something we hear about all the time.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Tom Reyes");
}

TEST_CASE("attribute: a signature after a dash with a middle initial 'A.' signs its quote, not the one after") {
    auto const r = extract("What readers told us about the bridge.\n\n"
                           "\xE2\x80\x9CThe ferry is slow.\xE2\x80\x9D \xE2\x80\x95 Grace Okafor\n"
                           "\xE2\x80\x9C" "Fix the bridge before the winter comes.\xE2\x80\x9D \xE2\x80\x95\xC2\xA0Julie A. Reyes.\n\n"
                           "Photo.\n");
    INFO(r.describe());
    auto b = r.holding("Fix the bridge before the winter comes.");
    REQUIRE(b < r.quotes.size());
    CHECK(r.speaker_name(b) == "Julie A. Reyes");
}

TEST_CASE("attribute: the object of an opening preposition is not the speaker") {
    auto const r = extract("In a message posted Friday, Anna Berg said the plan had \xE2\x80\x9Cno chance\xE2\x80\x9D of failing.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "the plan had \xE2\x80\x9Cno chance\xE2\x80\x9D of failing");
}

TEST_CASE("attribute: a title-case headline names no one") {
    auto const r = extract("Critics Slam Okafor Over Bridge\n\n"
                           "Peter Okafor, the engineer, showed the plan to the council on Monday.\n\n"
                           "Okafor said the bridge would open in the spring.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Peter Okafor");
}

TEST_CASE("attribute: 'X scolded her: “…,” she said' — the quote is X's, and she is X, not the last speaker") {
    auto const r = extract("\xE2\x80\x9CWe need a new bridge,\xE2\x80\x9D Anna Berg said.\n\n"
                           "Sen. Grace Okafor scolded her: \xE2\x80\x9CThe plan is wrong and the town cannot pay for it,\xE2\x80\x9D she said.");
    INFO(r.describe());
    auto i = r.holding("The plan is wrong and the town cannot pay for it");
    REQUIRE(i < r.quotes.size());
    CHECK(r.quotes[i].kind == quote_kind::direct);
    CHECK(r.speaker_name(i) == "Grace Okafor");
}

TEST_CASE("attribute: a quote after 'X praised Y:' and before 'she said' is one quotation") {
    auto const r = extract("Anna Berg praised Peter Okafor: \xE2\x80\x9CHe is a great engineer,\xE2\x80\x9D she said.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "she");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: 'they' is a group or a body, never a document or a place") {
    auto const r = extract("\xE2\x80\x9CThe road will stay closed,\xE2\x80\x9D the statement said.\n\n"
                           "\xE2\x80\x9CWe will act soon,\xE2\x80\x9D they said.");
    INFO(r.describe());
    auto i = r.holding("We will act soon");
    REQUIRE(i < r.quotes.size());
    CHECK(r.speaker_text(i) == "they");
    CHECK(r.speaker_name(i) != "the statement");
}

TEST_CASE("attribute: 'the prime minister of X' is not the prime minister of another country named before") {
    auto const r = extract("Israeli Prime Minister Avi Cohen said the talks had failed.\n\n"
                           "The acting prime minister of Iraq said the border would stay open.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Avi Cohen");
    CHECK(r.speaker_name(1) != "Avi Cohen");

    // Another name of the same place fits: "US President" is the president of the United States.
    auto const us = extract("US President Tom Reyes met the council on Monday.\n\n"
                            "The president of the United States said the bridge would open.");
    INFO(us.describe());
    REQUIRE(us.quotes.size() == 1);
    CHECK(us.speaker_name(0) == "Tom Reyes");
}

TEST_CASE("attribute: a full name before a participle ('Berg's proposed changes') still expands the surname") {
    auto const r = extract("Council chair Tom Reyes criticised Town Mayor Anna Berg's proposed changes.\n\n"
                           "Berg said the plan was \xE2\x80\x9C" "fair to every driver\xE2\x80\x9D on Monday.");
    INFO(r.describe());
    auto i = r.holding("fair to every driver");
    REQUIRE(i < r.quotes.size());
    CHECK(r.speaker_name(i) == "Anna Berg");
}

TEST_CASE("attribute: a name inside an opening prepositional phrase can still speak; 'citing' reports a reason, not a source") {
    auto const r = extract("In the statement Okafor also said: \xE2\x80\x9CThe bridge will open in the spring.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Okafor");

    auto const c = extract("Anna Berg said that each town has had to pay for its own repairs this year, citing the cost of the floods.");
    INFO(c.describe());
    REQUIRE(c.quotes.size() == 2);
    CHECK(c.speaker_name(0) == "Anna Berg");
    CHECK(c.content(0) == "each town has had to pay for its own repairs this year");
    CHECK(c.content(1) == "the cost of the floods");
    CHECK(c.speaker_name(1) == "Anna Berg");

    // "citing the river police": someone who could speak names where the report comes from; it
    // is no second report. The council's report is found, and only it.
    auto const d = extract("The harbor would close for a month, the council said, citing the river police.");
    INFO(d.describe());
    REQUIRE(d.quotes.size() == 1);
    CHECK(d.content(0) == "The harbor would close for a month");
    CHECK(d.speaker_text(0) == "the council");
}

TEST_CASE("attribute: 'congratulated X, saying “…”' reports the quote, not the object") {
    auto const r = extract("Mayor Anna Berg congratulated Okafor, saying, \xE2\x80\x9CThe bridge is a fine piece of work.\xE2\x80\x9D");
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.content(i) != "Okafor");
    auto i = r.holding("The bridge is a fine piece of work.");
    REQUIRE(i < r.quotes.size());
    CHECK(r.speaker_name(i) == "Anna Berg");
}

TEST_CASE("attribute: after quoted words that close on their own comma, a participle or 'while' is the writer's") {
    auto const r = extract(titled("Anna Berg said the repairs would be \xE2\x80\x9C" "done by the spring,\xE2\x80\x9D "
                                  "nodding towards the new crane on the river bank.\n\n"
                                  "Tom Reyes said the ferry was \xE2\x80\x9Ctoo slow for the town,\xE2\x80\x9D while "
                                  "standing on the old pier.\n\n"
                                  "Okafor said the bridge was \xE2\x80\x9C" "safe\xE2\x80\x9D and would open in the spring.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.spans(0) == strings{"the repairs would be \xE2\x80\x9C" "done by the spring,\xE2\x80\x9D"});
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.spans(1) == strings{"the ferry was \xE2\x80\x9Ctoo slow for the town,\xE2\x80\x9D"});
    CHECK(r.speaker_name(1) == "Tom Reyes");
    // Quoted words without a comma of their own: the reported clause goes on.
    CHECK(r.spans(2) == strings{"the bridge was \xE2\x80\x9C" "safe\xE2\x80\x9D and would open in the spring"});
}

TEST_CASE("attribute: an intention in a to-infinitive is what 'wants', 'hopes', 'vowed' report") {
    auto const r = extract(titled("Anna Berg wants to build a new bridge over the river.\n\n"
                                  "Tom Reyes vowed to keep the ferry running through the winter.\n\n"
                                  "Okafor agreed to the plan on Monday.\n\n"
                                  "The council wants the old road closed.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "to build a new bridge over the river");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(1) == "to keep the ferry running through the winter");
    CHECK(r.speaker_name(1) == "Tom Reyes");
}

TEST_CASE("attribute: a topic verb that takes a bare clause reports the clause whole ('announced the ferry was stopped early because …')") {
    auto const r = extract("Title.\n\n"
                           "On Monday, Anna Berg announced a trial of four new ferries was stopped early because two of them had sunk.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "a trial of four new ferries was stopped early because two of them had sunk");
}

TEST_CASE("attribute: welcoming something takes a side on it; indicating or signalling it reports it ('welcomed the offer', 'indicated flexibility')") {
    auto const r = extract("Title.\n\n"
                           "Harbor chief Anna Berg welcomed the council's offer of a new ferry.\n\n"
                           "Tom Reyes also indicated flexibility regarding the fares of the island route.\n\n"
                           "Lena Okafor signalled support for the plan.\n");
    INFO(r.describe());
    auto said = [&](std::string_view content) {
        for (std::size_t i = 0; i < r.quotes.size(); ++i)
            if (r.content(i) == content) return r.speaker_name(i);
        return std::string("(not found)");
    };
    CHECK(said("the council's offer of a new ferry") == "Anna Berg");
    CHECK(said("flexibility regarding the fares of the island route") == "Tom Reyes");
    CHECK(said("support for the plan") == "Lena Okafor");
}

TEST_CASE("attribute: a stance verb reports the side it takes ('endorsed Berg', 'criticized the plan, which …')") {
    auto const r = extract(titled("Tom Reyes endorsed Anna Berg for the council in July.\n\n"
                                  "Berg criticized the ferry contract, which runs until the spring.\n\n"
                                  "Okafor accused the mayor, who signed it, of hiding the costs.\n\n"
                                  "The council may endorse the plan next week.\n\n"
                                  "Berg praised the new timetable although the ferry was late again.\n\n"
                                  "These are the delays the union blamed on the council.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.content(0) == "Anna Berg for the council"); // not the time phrase that ends the sentence
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.content(1) == "the ferry contract"); // not the writer's relative clause
    CHECK(r.speaker_name(1) == "Anna Berg");
    CHECK(r.content(2) == "the mayor, who signed it, of hiding the costs");
    CHECK(r.content(3) == "the new timetable"); // not the clause the writer adds
    CHECK(r.speaker_name(3) == "Anna Berg");
    // "may endorse" is no stance taken yet; "blamed on the council" has its object elsewhere.
}

TEST_CASE("attribute: quoted words right after ', but' go on with what a topic verb reported") {
    auto const r = extract(titled("Anna Berg announced two crew members were hurt on Monday, but \xE2\x80\x9C" "both are now well\xE2\x80\x9D.\n\n"
                                  "Tom Reyes announced a new timetable, but the ferry was late again.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "two crew members were hurt on Monday, but \xE2\x80\x9C" "both are now well\xE2\x80\x9D");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(1) == "a new timetable"); // the writer's clause after "but" is not his
}

TEST_CASE("attribute: a naming verb reports its object and what it was called ('called the plan a mistake')") {
    auto const r = extract(titled("Anna Berg called the ferry contract a mistake.\n\n"
                                  "At the meeting, Reyes called the new toll plan a costly error.\n\n"
                                  "Tom Reyes called the harbour police a day later.\n\n"
                                  "Okafor called Berg and a friend to the pier.\n\n"
                                  "The nets are cut into strips called panels by using a blade.\n\n"
                                  "The inn was a home for a captain called Harbor House before becoming a museum.\n\n"
                                  "Berg refused to call it a failure.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.content(0) == "the ferry contract a mistake");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "called");
    CHECK(r.content(1) == "the new toll plan a costly error");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    // a time phrase, a coordinated object or a participle's object is no name given; an
    // infinitive names nothing yet ("refused to call it …" is a report of refusing)
    CHECK(r.content(2) == "to call it a failure");
    CHECK(r.cue(2) == "refused");
}

TEST_CASE("attribute: a clause before the cue that ends in 'that,' is no report") {
    auto const r = extract(titled("The complaint against Berg is that, in May, she called on the council to cut the ferry budget.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the council to cut the ferry budget");
    CHECK(r.quotes[0].speaker->text == "she");
}

TEST_CASE("attribute: 'spoke about', 'talked of', 'pointed to' report what was spoken of, and nothing else") {
    auto const r = extract(titled("Berg spoke about the cost of the new ferry on Monday.\n\n"
                                  "Reyes talked of his plans for the old pier, which needs repairs.\n\n"
                                  "Earlier that week, Okafor spoke to reporters at the harbour.\n\n"
                                  "The peace talks went on until May.\n\n"
                                  "Okafor pointed to the rising cost of repairs.\n\n"
                                  "Berg railed against the new toll, which starts in June.\n\n"
                                  "Reyes spoke against a backdrop of old ferries.\n\n"
                                  "Berg often referred to the old pier as her office.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 5);
    CHECK(r.content(4) == "the old pier as her office"); // after a naming verb, "as" gives the name
    CHECK(r.content(0) == "the cost of the new ferry");
    CHECK(r.content(1) == "his plans for the old pier");
    CHECK(r.speaker_name(1) == "Reyes");
    CHECK(r.content(2) == "the rising cost of repairs");
    CHECK(r.content(3) == "the new toll");
}

TEST_CASE("attribute: a question put by someone unnamed ('When asked whether …', 'was asked if …')") {
    auto const r = extract(titled("When asked whether the ferry would stay, Berg said it would run all winter.\n\n"
                                  "Asked about the budget, Reyes declined to comment.\n\n"
                                  "Okafor was asked if the council would vote in May.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 5);
    CHECK(r.content(0) == "whether the ferry would stay");
    CHECK(!r.quotes[0].speaker); // the one who asked is not named
    CHECK(r.content(1) == "it would run all winter");
    CHECK(r.speaker_name(1) == "Berg");
    CHECK(r.content(2) == "the budget");
    CHECK(r.content(3) == "to comment"); // a refusal of its own, not of the question before it
    CHECK(r.speaker_name(3) == "Reyes");
    CHECK(r.content(4) == "if the council would vote in May");
    CHECK(!r.quotes[4].speaker); // Okafor was asked: she is no speaker of it
}

TEST_CASE("attribute: 'his latest remarks' is a noun phrase, no speaker and cue; 'her plan calls for' keeps its verb") {
    auto const r = extract(titled("It is unlikely his latest remarks will calm the council.\n\n"
                                  "Her new plan calls for two more ferries.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "two more ferries");
}

TEST_CASE("attribute: a time phrase between the subject and the cue is no speaker ('The mayor on Monday said')") {
    auto const r = extract(titled("The mayor on Monday said the ferry would stay.\n\n"
                                  "The council last week rejected an offer by the ferry company.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "the mayor");
    CHECK(r.content(0) == "the ferry would stay");
    CHECK(r.speaker_name(1) == "the council"); // not "this month"
}

TEST_CASE("attribute: a topic verb reports its plain object ('cited a poll', 'announced a plan')") {
    auto const r = extract(titled("Berg cited a survey of ferry passengers on Monday.\n\n"
                                  "The council announced a new timetable for the winter.\n\n"
                                  "Reyes dismissed the figures as “a fairy tale” and left.\n\n"
                                  "Berg will announce a decision soon.\n\n"
                                  "The town counted 279 confirmed cases of flu, the most discussed subject of the week.\n\n"
                                  "The council describes Okafor as a former ferry captain who now runs the harbour.\n\n"
                                  "The ferry will run all winter, the council announced.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 5);
    CHECK(r.content(4) == "The ferry will run all winter"); // ("| topic" is no "| to": the clause before it counts)
    // A comma after the verb: no object follows it.
    auto const d = extract(titled("Berg denied, though Reyes said the letter was on file.\n\n"
                                  "The Institute for Ferry Studies (IFS) has said the fares would rise.\n"));
    INFO(d.describe());
    REQUIRE(d.quotes.size() == 2);
    CHECK(d.content(0) == "the letter was on file");
    CHECK(d.speaker_name(0) == "Reyes");
    CHECK(d.quotes[1].speaker->text == "Ferry Studies"); // a capitalised head after a name is part of the name
    // No object where a verb follows ("winter blasts have struck": a noun) or punctuation does.
    auto const n = extract(titled("A series of winter blasts have struck the valley this week.\n"));
    INFO(n.describe());
    CHECK(n.quotes.empty());
    CHECK(r.content(3) == "Okafor as a former ferry captain who now runs the harbour"); // a participle before a noun is no cue
    CHECK(r.content(0) == "a survey of ferry passengers"); // (the closing time phrase is no part of it)
    CHECK(r.content(1) == "a new timetable for the winter");
    CHECK(r.content(2) == "the figures as \xE2\x80\x9C" "a fairy tale\xE2\x80\x9D"); // what he called them goes with them
    CHECK(r.quotes[2].kind == verbatim::quote_kind::mixed);
}

TEST_CASE("attribute: a sentence that opens with 'whereas', 'although' holds its report to that clause") {
    auto const r = extract(titled("Whereas Berg and Reyes felt the ferry should stay, Okafor favored the bridge, arguing it is cheaper.\n\n"
                                  "Although Reyes said it was costly, the council agreed.\n\n"
                                  "Berg said the vote would come in May.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.content(0) == "the ferry should stay"); // not the main clause after the comma
    CHECK(r.content(1) == "it is cheaper");
    CHECK(r.speaker_name(1) == "Okafor"); // the main clause's subject, not the subordinate one's
    CHECK(r.content(2) == "it was costly"); // the subordinate clause is not what the council agreed
    CHECK(r.speaker_name(2) == "Reyes");
    CHECK(r.speaker_name(3) == "Berg"); // "Whereas" is no first name
}

TEST_CASE("attribute: a subject with a participle or 'familiar with' after it speaks, not the words inside") {
    auto const r = extract(titled("A council member familiar with the plan said the ferry would stay.\n\n"
                                  "A new survey released on Thursday shows most residents want a bridge.\n\n"
                                  "Residents living near the pier said the boats were too loud.\n\n"
                                  "Berg learned the council said the ferry must go.\n\n"
                                  "A harbour official speaking to the Courier said the ferry would stay.\n\n"
                                  "The average of surveys taken over the past ten days shows Berg ahead of Reyes.\n\n"
                                  "Skippers fined by the council are referred to the harbour court.\n\n"
                                  "The Harbor ferry survey released in May shows Berg ahead of Reyes.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 7);
    CHECK(r.quotes[0].speaker->text.starts_with("A council member")); // not "the plan"
    CHECK(r.content(0) == "the ferry would stay");
    CHECK(r.quotes[1].speaker->text == "A new survey");
    CHECK(r.content(1) == "most residents want a bridge"); // (a cue inside a finding is no report of its own)
    CHECK(r.quotes[2].speaker->text == "Residents");
    CHECK(r.speaker_name(3) == "the council"); // a past tense before its object is the verb, no modifier
    CHECK(r.quotes[4].speaker->text == "A harbour official"); // not the outlet spoken to
    CHECK(r.quotes[5].speaker->text == "The average of surveys"); // (a participle not in -ed), not "ten days"
    // a passive after the modifier reports nothing of its subject's: no record "Skippers referred"
    CHECK(r.quotes[6].speaker->text == "The Harbor ferry survey"); // a plain noun after a name, before a document's
}

TEST_CASE("attribute: a cue's bare form before a copula is a noun ('Her final story post was a picture')") {
    auto const r = extract(titled("Anna Berg often wrote online before the vote. Her final Harbor story post "
                                  "was a picture of the old ferry with \"farewell\" written under it.\n"));
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.cue(i) != "post");
}

TEST_CASE("attribute: ', but' and a clause of the writer's end a report; ', but that …' goes on") {
    auto const r = extract(titled("Berg said the ferry would keep running, but the council voted to close it in May.\n\n"
                                  "Reyes said the bridge was safe, but that repairs would take a year.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "the ferry would keep running");
    CHECK(r.content(1) == "the bridge was safe, but that repairs would take a year");
}

TEST_CASE("attribute: 'in a statement', 'in an interview' tell where it was said, not what") {
    auto const r = extract(titled("The council says in a statement that the new timetable starts in May.\n\n"
                                  "Berg said more ferries are needed in a letter on Thursday.\n\n"
                                  "Reyes said the ferry stops in a village on the north shore.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.content(0) == "the new timetable starts in May");
    CHECK(r.content(1) == "more ferries are needed");
    CHECK(r.content(2) == "the ferry stops in a village on the north shore"); // a village is no medium
}

TEST_CASE("attribute: a request reports its object and what it asks ('urged the council to …', 'called on … to …')") {
    auto const r = extract(titled("The mayor urged the council to close the old road before the winter.\n\n"
                                  "Anna Berg called on Tom Reyes to resign over the ferry contract.\n\n"
                                  "Okafor called on Monday to ask about the bridge.\n\n"
                                  "Okafor asked the council to keep the ferry running.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.content(0) == "the council to close the old road before the winter");
    CHECK(r.speaker_name(0) == "the mayor");
    CHECK(r.content(1) == "Tom Reyes to resign over the ferry contract");
    CHECK(r.speaker_name(1) == "Anna Berg");
    CHECK(r.content(2) == "the council to keep the ferry running"); // after "asked", the hearer is read first
    CHECK(r.speaker_name(2) == "Okafor");
}

TEST_CASE("attribute: the turns of an interview transcript are their speakers' words; a list of labels is not") {
    // (An all-capital label in the first paragraphs reads as a dateline, "OSLO:": the turns
    // come after an introduction here.)
    auto const r = extract(titled("The bridge has been closed since March.\n\n"
                                  "The mayor spoke to the radio about it on Monday.\n\n"
                                  "TOM REYES: Will the bridge open this year?\n\n"
                                  "BERG: We hope to open it in the spring, when the river is low.\n\n"
                                  "REYES: And the ferry?\n\n"
                                  "BERG: The ferry keeps running until then.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4); // "We hope to …" is the turn's own words, not a second report
    CHECK(r.content(0) == "Will the bridge open this year?");
    CHECK(r.speaker_name(0) == "TOM REYES");
    auto turn = r.holding("We hope to open it in the spring, when the river is low.");
    REQUIRE(turn < r.quotes.size());
    CHECK(r.speaker_name(turn) == "BERG");
    CHECK(r.quotes.back().kind == verbatim::quote_kind::direct);
    CHECK(r.content(r.quotes.size() - 1) == "The ferry keeps running until then.");

    auto const list = extract(titled("Each town sent its own plan.\n\n"
                                     "Oregon: A new bridge over the river.\n\n"
                                     "Idaho: Two more ferries for the winter.\n\n"
                                     "Note: All plans are due in May.\n"));
    INFO(list.describe());
    CHECK(list.quotes.empty());
}

TEST_CASE("attribute: an interview whose labels stand in double brackets with no colon ('((WN))  Why …?')") {
    auto const r = extract(titled("The Harbor Courier spoke to Anna Berg about the ferry.\n\n"
                                  "((HC))  Why did you start the ferry group?\n\n"
                                  "((Anna Berg))  Well, the ferry group now runs a notice board where crews can write. The board stays open to all.\n\n"
                                  "((HC))  How many people volunteer?\n\n"
                                  "((Anna Berg))  Right now, six skippers help out.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.content(0) == "Why did you start the ferry group?");
    CHECK(r.speaker_name(1) == "Anna Berg");
    CHECK(r.content(1) == "Well, the ferry group now runs a notice board where crews can write. The board stays open to all.");
    CHECK(r.speaker_name(3) == "Anna Berg"); // the answers are hers, not the interviewer's
}

TEST_CASE("attribute: a quotation after the interviewer's question is not the interviewer's; a signature after a dash may hold zero-width joiners") {
    auto const r = extract(titled("The Harbor Courier spoke to Anna Berg about the ferry.\n\n"
                                  "((HC))  Has the ferry improved?\n\n"
                                  "((Anna Berg))  Yes, it has, and the crews know it.\n\n"
                                  "((HC))  And the crossings?\n\n"
                                  "\"The crossings are faster now, and the crews are happier than before.\"\n\n"
                                  "((HC))  And the winter?\n\n"
                                  "\"The winter timetable keeps every crossing we run now.\"\xC2\xA0\xC2\xA0\xE2\x80\x94 \xE2\x80\x8D" "Anna Berg, ferry manager\n"));
    INFO(r.describe());
    auto faster = r.holding("The crossings are faster now, and the crews are happier than before.");
    REQUIRE(faster < r.quotes.size());
    CHECK(r.speaker_name(faster) != "HC");
    auto winter = r.holding("The winter timetable keeps every crossing we run now.");
    REQUIRE(winter < r.quotes.size());
    CHECK(r.speaker_name(winter) == "Anna Berg");
}

TEST_CASE("attribute: an interview with only the interviewer's turns labelled: the answers are the interviewee's") {
    auto const r = extract(titled("The by-election is on Saturday.\n\n"
                                  "The Courier spoke to one of the candidates, Lena Ostrova, who runs a bakery in the town.\n\n"
                                  "((TC)) : Why are you running for the seat?\n\n"
                                  "The town needs a voice that knows its small firms, and I have run one for twenty years.\n\n"
                                  "((TC)) : What would you change first?\n\n"
                                  "We would cut the fees that small shops pay to the council.\n\n"
                                  "Ostrova with her staff outside the bakery.\n\n"
                                  "((TC)) : How has the campaign gone?\n\n"
                                  "Ostrova at a rally in the town hall.\n"));
    INFO(r.describe());
    auto question = r.holding("Why are you running for the seat?");
    REQUIRE(question < r.quotes.size());
    CHECK(r.speaker_name(question) == "TC");
    auto answer = r.holding("The town needs a voice that knows its small firms, and I have run one for twenty years.");
    REQUIRE(answer < r.quotes.size());
    CHECK(r.speaker_name(answer) == "Lena Ostrova");
    auto second = r.holding("We would cut the fees that small shops pay to the council.");
    REQUIRE(second < r.quotes.size());
    CHECK(r.speaker_name(second) == "Lena Ostrova");
    // a caption naming her is nobody's answer
    CHECK(r.holding("Ostrova at a rally in the town hall.") == r.quotes.size());
}

TEST_CASE("attribute: a transcript printed as one long quotation is still one turn per label") {
    // Each paragraph reopens the quotation ("\"BERG: …"), as multi-paragraph quotes do; the
    // quotation as a whole is no one's words, each turn is its label's.
    auto const r = extract(titled("The mayor spoke to the radio about the bridge on Monday.\n\n"
                                  "Part of the interview follows:\n\n"
                                  "\"REYES: Will the bridge open this year? The town has waited long enough.\n\n"
                                  "\"BERG: We hope to open it in the spring, when the river is low.\n\n"
                                  "\"REYES: And the ferry until then?\n\n"
                                  "\"BERG: The ferry keeps running every day.\"\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.content(0) == "Will the bridge open this year? The town has waited long enough.");
    CHECK(r.speaker_name(0) == "REYES");
    CHECK(r.speaker_name(1) == "BERG");
    CHECK(r.content(3) == "The ferry keeps running every day."); // without the closing mark
    CHECK(r.speaker_name(3) == "BERG");
}

TEST_CASE("resolve: a transcript's labels in capitals stand for the people the article names ('TR', 'BERG')") {
    auto const r = extract(titled("The radio spoke to the mayor, Anna Berg, and to the council chair, Tom Reyes.\n\n"
                                  "The two met at the old pier on Monday.\n\n"
                                  "TR: Will the bridge open this year?\n\n"
                                  "BERG: It will open in the spring.\n\n"
                                  "TR: And the ferry?\n\n"
                                  "BERG: The ferry keeps running until then.\n"));
    INFO(r.describe());
    auto q = r.holding("Will the bridge open this year?");
    REQUIRE(q < r.quotes.size());
    CHECK(r.speaker_name(q) == "Tom Reyes");
    CHECK(r.quotes[q].speaker->kind == verbatim::speaker_kind::person);
    auto a = r.holding("The ferry keeps running until then.");
    REQUIRE(a < r.quotes.size());
    CHECK(r.speaker_name(a) == "Anna Berg");
}

TEST_CASE("attribute: an opening prepositional phrase before the speaker is not what was said") {
    auto const r = extract(titled("In a letter to the council on Monday, Anna Berg asked the mayor to close the old road.\n\n"
                                  "At the meeting, Tom Reyes said the ferry would run all winter.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "the mayor to close the old road");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(1) == "the ferry would run all winter");
}

TEST_CASE("attribute: a document named after 'according to' ends before a relative clause's subject") {
    auto const r = extract(titled("The ferry would cost $5 million, according to financial documents he filed in May.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "The ferry would cost $5 million");
    REQUIRE(r.quotes[0].speaker);
    CHECK(r.quotes[0].speaker->text == "financial documents");
}

TEST_CASE("attribute: a plain noun before a title or role names the body; the quote before it is the speaker's") {
    auto const r = extract(titled("\xE2\x80\x9CThe timetable stays as it is,\xE2\x80\x9D ferry board Chairman Tom Reyes said after the "
                                  "vote was taken.\n\n"
                                  "\xE2\x80\x9CWe will open the pier,\xE2\x80\x9D union spokeswoman Ana Berg said.\n\n"
                                  "The council praised Tom Reyes for the plan.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 2);
    CHECK(r.content(0) == "The timetable stays as it is");
    CHECK(r.speaker_text(0) == "ferry board Chairman Tom Reyes");
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.content(1) == "We will open the pier");
    CHECK(r.speaker_text(1) == "union spokeswoman Ana Berg");
    // ("praised Tom Reyes": a verb before a name opens no phrase)
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_text(i).find("praised") == std::string::npos);
}

TEST_CASE("attribute: a stance or topic participle after a comma reports its object for the sentence's subject") {
    auto const r = extract(titled("The mayor closed the pier on Monday, citing a report from the harbor office.\n\n"
                                  "The union voted against the deal, denouncing the new ferry schedule.\n\n"
                                  "Letters citing staff at the harbor office have suggested Reyes would step down.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.content(0) == "a report from the harbor office");
    CHECK(r.cue(0) == "citing");
    CHECK(r.speaker_text(0) == "The mayor");
    CHECK(r.content(1) == "the new ferry schedule");
    CHECK(r.speaker_text(1) == "The union"); // ("voted" after a plain noun is its verb)
    // a participle inside the subject: the subject speaks, not the words after the participle
    CHECK(r.content(2) == "Reyes would step down");
    CHECK(r.speaker_text(2) == "Letters");
}

TEST_CASE("attribute: a hearer's passive modifier ends the clause; a pronoun before the cue is its subject") {
    auto const r = extract(titled("\xE2\x80\x9CWe will not stop,\xE2\x80\x9D he told members at a dinner organized by the Rowing Club.\n\n"
                                  "The mayor's voice cracked with emotion as she spoke of her years at the pier.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "We will not stop");
    CHECK(r.speaker_text(0) == "he");
    CHECK(r.content(1) == "her years at the pier");
    CHECK(r.speaker_text(1) == "she");
}

TEST_CASE("attribute: a cue in -ing after a possessive is a noun; a curly apostrophe keeps a modified subject") {
    auto const r = extract(titled("A friend familiar with Reyes\xE2\x80\x99s thinking said, \xE2\x80\x9CHe will run once more.\xE2\x80\x9D\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "He will run once more.");
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_text(0) == "A friend");
}

TEST_CASE("attribute: a clause before its cue keeps its ', but' half; an infinitive after 'he said,' goes on") {
    auto const r = extract(titled("The bakery still opens every day, but its flour costs have doubled, said the owner, "
                                  "Anna Berg.\n\n"
                                  "It is up to the council, Reyes said, to keep the pier open.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "The bakery still opens every day, but its flour costs have doubled");
    CHECK(r.content(1) == "It is up to the council \xE2\x80\xA6 to keep the pier open");
}

TEST_CASE("attribute: a time phrase after a parenthesis, and a subject after an opening 'But'") {
    auto const r = extract(titled("Rep. Anna Berg (D-Ore.) on Friday said the ferry fares would not rise this year.\n\n"
                                  "But the River Court reversed itself and said the town could keep its ferry.\n\n"
                                  "The Ferry Workers Union \xE2\x80\x94Reyes, a member of the River Board, shares its view\xE2\x80\x94 on "
                                  "Tuesday called on the council to reopen the pier.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    // (a parenthetical closed by a dash opens with a dash, not at the comma inside it)
    CHECK(r.speaker_text(2) == "The Ferry Workers Union");
    CHECK(r.content(2) == "the council to reopen the pier");
    CHECK(r.speaker_text(0) == "Rep. Anna Berg");
    CHECK(r.content(0) == "the ferry fares would not rise this year");
    CHECK(r.speaker_text(1) == "the River Court");
    CHECK(r.content(1) == "the town could keep its ferry");
}

TEST_CASE("attribute: 'each', 'with knowledge of', counts with thousands, kept intentions, a subordinate clause with its main clause") {
    auto const r = extract(titled("Each team said the other had broken the lease.\n\n"
                                  "Residents with knowledge of the harbor said the channel was too shallow.\n\n"
                                  "In a survey, 2,315 riders said they wanted to sell the old boat.\n\n"
                                  "Because the ferry carries more people than the bus, cutting it would hurt the town, Reyes said.\n\n"
                                  "The messages covered several subjects, the Ledger said, including fares and timetables.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 5);
    CHECK(r.speaker_text(0) == "Each team");
    CHECK(r.speaker_text(1) == "Residents with knowledge of the harbor");
    CHECK(r.speaker_text(2) == "2,315 riders");
    CHECK(r.content(2) == "they wanted to sell the old boat");
    CHECK(r.content(3) == "Because the ferry carries more people than the bus, cutting it would hurt the town");
    CHECK(r.speaker_text(3) == "Reyes");
    CHECK(r.content(4) == "The messages covered several subjects \xE2\x80\xA6 including fares and timetables");
}

TEST_CASE("attribute: 'supported' takes a side on its object; the noun 'support' reports nothing") {
    auto const r = extract(titled("Anna Berg supported the ferry plan in the council.\n\n"
                                  "The plan has wide support in the council.\n\n"
                                  "The measure was supported by most riders.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "supported");
    CHECK(r.speaker_text(0) == "Anna Berg");
    CHECK(r.content(0) == "the ferry plan in the council");
}

TEST_CASE("attribute: 'see X as Y' reports the object and what it is taken as; 'saw the ship there' does not") {
    auto const r = extract(titled("Three in 10 anglers see the new toll as a burden on the town.\n\n"
                                  "Anna Berg saw the old ship there again last spring.\n\n"
                                  "Many anglers then saw the harbor board as \xE2\x80\x9C" "a club for boat owners,\xE2\x80\x9D Reyes said.\n\n"
                                  "A sailor briefed on Berg's views said the pier would stay open.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.cue(0) == "see");
    CHECK(r.speaker_text(0) == "Three in 10 anglers");
    CHECK(r.content(0) == "the new toll as a burden on the town");
    // the whole sentence is what Reyes said; its own "saw" report ends before ", Reyes said"
    CHECK(r.speaker_text(1) == "Reyes");
    CHECK(r.content(1) == "Many anglers then saw the harbor board as \xE2\x80\x9C" "a club for boat owners,\xE2\x80\x9D");
    CHECK(r.cue(2) == "said");
    CHECK(r.content(2) == "the pier would stay open");
}

TEST_CASE("attribute: a modifier that is also a noun ends a phrase after a determiner ('the state said'); an adjective does not") {
    auto const r = extract(titled("The state said that riders were banned from the pier.\n\n"
                                  "The campaign told reporters the ferry would run on Sunday.\n\n"
                                  "The new claims of the council were rejected by the court.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "The state");
    CHECK(r.content(0) == "riders were banned from the pier");
    CHECK(r.speaker_text(1) == "The campaign");
}

TEST_CASE("attribute: an interrupted quote goes on after a phrase of where, or after 'and also'") {
    auto const r = extract(titled("\xE2\x80\x9CThe toll will stay low,\xE2\x80\x9D Reyes said at a meeting in Astoria, Ore., "
                                  "\xE2\x80\x9C" "and the boats will run all winter.\xE2\x80\x9D\n\n"
                                  "Berg \xE2\x80\x9Csigned a fresh lease,\xE2\x80\x9D Okafor said, and also \xE2\x80\x9Ckept her seat on the board.\xE2\x80\x9D\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.quoted(0) == strings{"The toll will stay low", "and the boats will run all winter."});
    CHECK(r.speaker_text(0) == "Reyes");
    CHECK(r.quoted(1).size() == 2);
    CHECK(r.speaker_text(1) == "Okafor");
}

TEST_CASE("attribute: a cue in -s after a counted or owned modifier is a plural noun ('three other suspects')") {
    auto const r = extract(titled("By Tuesday three other suspects were still being sought near the pier.\n\n"
                                  "Even if her state charges are dropped, Berg will face a second trial.\n\n"
                                  "The party says the pier will stay open.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "The party");
    CHECK(r.content(0) == "the pier will stay open");
}

TEST_CASE("attribute: 'thought of' recalls, it reports nothing") {
    auto const r = extract(titled("Berg said she had seen the bridge built and thought of her first summer at the harbor.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "said");
    CHECK(r.content(0) == "she had seen the bridge built and thought of her first summer at the harbor");
}

TEST_CASE("attribute: a trailing 'according to' vouches for the last phrase hung on with ', with' or ', which'") {
    auto const r = extract(titled("Anglers trust the harbor master more than the board, with 61 percent of them rating her highly, "
                                  "according to a survey by the Ledger.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.cue(0) == "according to");
    CHECK(r.content(0) == "with 61 percent of them rating her highly");
}

TEST_CASE("attribute: 'said when asked (by X) whether …' is the question; the quote after still goes on") {
    auto const r = extract(titled("\xE2\x80\x9C" "Boats first, always,\xE2\x80\x9D Berg said when asked whether the pier would stay. "
                                  "\xE2\x80\x9CThe river comes before the road.\xE2\x80\x9D\n\n"
                                  "\xE2\x80\x9C" "Certainly,\xE2\x80\x9D Reyes said when asked by a listener if the toll would stay.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.quoted(0) == strings{"Boats first, always", "The river comes before the road."});
    CHECK(r.speaker_text(0) == "Berg");
    CHECK(r.content(1) == "whether the pier would stay");
    CHECK(r.cue(1) == "asked");
    CHECK(r.content(3) == "if the toll would stay");
    CHECK(r.speaker_text(3) == "a listener");
}

TEST_CASE("attribute: a transcript turn holds the reports inside it ('REYES: The board chair, who said …')") {
    auto const r = extract(titled("The mayor spoke to the host on Sunday.\n\n"
                                  "ANNA BERG: Will you talk to the board?\n\n"
                                  "TOM REYES: The board chair, who said she would keep the pier open, is now closing it.\n\n"
                                  "BERG: And the toll?\n\n"
                                  "REYES: Only after the vote on the budget.\n"));
    INFO(r.describe());
    auto turn = r.quotes.size();
    for (std::size_t i = 0; i < r.quotes.size(); ++i)
        if (r.content(i).starts_with("The board chair")) turn = i;
    REQUIRE(turn < r.quotes.size());
    CHECK(r.speaker_text(turn) == "TOM REYES");
    CHECK(r.content(turn) == "The board chair, who said she would keep the pier open, is now closing it.");
}

TEST_CASE("attribute: a headline 'NAME: ‘…’ …' opening with a quotation is the name's report") {
    auto const r = extract("Anna Berg: \xE2\x80\x98Not This Year\xE2\x80\x99 for a New Bridge.\n\nThe mayor spoke on Monday.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Anna Berg");
    CHECK(r.content(0) == "\xE2\x80\x98Not This Year\xE2\x80\x99 for a New Bridge");
}

TEST_CASE("attribute: a time phrase between 'who' and the cue ('…, who in May said …')") {
    auto const r = extract(titled("The mayor has long clashed with Anna Berg, who in May said the pier came first.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    // (the mention is the relative pronoun, as a pronoun's is; it names the person before it)
    CHECK(r.speaker_text(0) == "who");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.quotes[0].speaker->mention == verbatim::mention_kind::pronoun);
    CHECK(r.content(0) == "the pier came first");
}

TEST_CASE("attribute: 'in 2019' between the speaker and the cue") {
    auto const r = extract(titled("The mayor has long clashed with Anna Berg, who in 2019 said the pier came first.\n\n"
                                  "A harbor inquiry in 2021 found that the pier was safe.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.speaker_text(1) == "A harbor inquiry");
    CHECK(r.content(1) == "the pier was safe");
}

// ---- appositions: a role and a name between commas --------------------------------------

TEST_CASE("attribute: a role, then the name between commas: the name speaks, the role is its role") {
    auto const r = extract("The council spokesman, Anna Berg, said on Friday the ferry would stay in service.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the ferry would stay in service");
    CHECK(r.speaker_text(0) == "The council spokesman, Anna Berg"); // the mention as written
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.speaker_role(0) == "council spokesman");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: a name, then the role between commas, before a participle cue") {
    auto const r = extract("Anna Berg, the mayor of Astoria, spoke out against the plan, calling it \xE2\x80\x9C" "a disgrace\xE2\x80\x9D.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.speaker_role(0) == "mayor of Astoria");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("attribute: a name and its role after an opening phrase, before a participle cue") {
    auto const r = extract("Yesterday, Anna Berg, the mayor of Astoria, signed an order closing the pier, citing the storm.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "Anna Berg, the mayor of Astoria");
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
}

TEST_CASE("resolve: a title of a body written in capitals, then the person's name") {
    auto const r = extract("Minister of the Harbor Mayor's Office Lena Okafor said the shops would stay open.\n\n"
                           "A statement from Harbor Attorney General Tom Reyes said the case would go on.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Lena Okafor");
    CHECK(r.speaker_role(0) == "Minister of the Harbor Mayor's Office");
    CHECK(r.kind_of_speaker(0) == speaker_kind::person);
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.speaker_role(1) == "Harbor Attorney General");
}

TEST_CASE("attribute: a body's name in brackets after the subject: the person speaks, not the body") {
    auto const r = extract("Director Tom Reyes of the Harbor Institute (HI), announced that the trial was stopped early.\n\n"
                           "Lena Okafor of the Institute of Water Studies (IWS) announced that the pumps would be replaced.\n\n"
                           "The Institute of Water and Soil Studies (IWSS) said that the river had risen overnight.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 2);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.speaker_name(1) == "Lena Okafor");
    // the tail of a longer name after "and" is no speaker of its own
    for (std::size_t i = 2; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "Soil Studies");
}

TEST_CASE("attribute: the acronym in brackets spells a name the grammar cannot read whole") {
    auto const r = extract("Norway's Office of Roads, Bridges and Tunnels (ORBT) reported that 14 bridges were closed.\n\n"
                           "Director Lena Okafor of the Harbor Office of Roads and Tunnels (ORT), announced that the tunnel would reopen.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Office of Roads, Bridges and Tunnels");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    CHECK(r.speaker_name(1) == "Lena Okafor");
}

TEST_CASE("attribute: a name with its role between commas before the cue keeps both") {
    auto const r = extract("Tom Reyes, the governor of the state, said the vote would wait until June.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the vote would wait until June");
    CHECK(r.speaker_text(0) == "Tom Reyes, the governor of the state");
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.speaker_role(0) == "governor of the state");
}

TEST_CASE("attribute: an apposition that names no one leaves the role as the speaker") {
    // (what stands between the commas is no name: a place, a time)
    auto const r = extract("The council spokesman, on Friday, said the ferry would stay in service.");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "The council spokesman");
}

TEST_CASE("attribute: a clause reported before an apposition is not cut at the role") {
    // The report that opens the sentence runs to the cue of the second one, which begins at the
    // role, not at the name after it.
    auto const r = extract("She said she would protect the harbour while her rival, Tom Reyes, wants to \xE2\x80\x9C" "sell it off.\xE2\x80\x9D");
    INFO(r.describe());
    REQUIRE_FALSE(r.quotes.empty());
    CHECK(r.content(0).find("her rival") != std::string::npos);
}

// ---- documents speak for their issuers --------------------------------------------------

TEST_CASE("resolve: a document or data named after a body speaks for the body") {
    auto const r = extract("On Thursday the number of cases passed one million, Johns Hopkins University data showed.\n\n"
                           "The WHO situation report said that 78 new cases were recorded.\n\n"
                           "The UK government said that the plan would go ahead.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 2);
    CHECK(r.speaker_text(0) == "Johns Hopkins University data"); // the mention as written
    CHECK(r.speaker_name(0) == "Johns Hopkins University");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    auto const last = r.quotes.size() - 1;
    CHECK(r.speaker_name(last) == "United Kingdom"); // a government speaks for its country
    CHECK(r.kind_of_speaker(last) == speaker_kind::place);
}

TEST_CASE("resolve: a document 'by' its author speaks for the author") {
    auto const r = extract("Tom Reyes chairs the Harbor Institute.\n\n"
                           "According to a report by the Harbor Institute, at least 12 people have been killed by floods.\n\n"
                           "A tweet by Reyes said the vote was a sign of great hope for the town.\n\n"
                           "A man hit by a falling branch said the park should close.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_text(0) == "a report by the Harbor Institute"); // the mention as written
    CHECK(r.speaker_name(0) == "the Harbor Institute");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.kind_of_speaker(1) == speaker_kind::person);
    // `by` after a plain noun names no author: the phrase stays the man's.
    CHECK(r.speaker_text(2).find("by") == std::string::npos);
}

TEST_CASE("attribute: an adverb in -ly before the cue is no part of the speaker; a noun in -ly is") {
    auto const r = extract("The notice specifically said the ferry would stop in May.\n\n"
                           "The assembly said the budget would pass in May.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "The notice");
    CHECK(r.speaker_text(1) == "The assembly");
}

TEST_CASE("resolve: an outlet named with 'Today' after a place is the outlet, not the place") {
    auto const r = extract("Both ferries have run since the 1970s, according to Norway Today.\n\n"
                           "Harbor Today reported that the bridge had collapsed overnight.\n\n"
                           "Today, Tom Reyes said the bridge was closed.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_name(0) == "Norway Today");
    CHECK(r.kind_of_speaker(0) == speaker_kind::media);
    CHECK(r.speaker_name(1) == "Harbor Today");
    CHECK(r.kind_of_speaker(1) == speaker_kind::media);
    CHECK(r.speaker_name(2) == "Tom Reyes"); // (an opening "Today" names no one)
}

TEST_CASE("attribute: a participle after 'with' or after a name with its 'The' in capitals has that subject") {
    auto const r = extract("Norway is in its third wave, with a report from Harbor News saying that 99 thousand people died.\n\n"
                           "Norway is in its third wave, and The Harbor Times reporting that 5900 were treated in hospital.\n\n"
                           "Norway banned the airline on Monday, with officials saying this was for security reasons.\n\n"
                           "Lena Okafor decided not to play for the Harbor Chess Federation saying it was not a good fit.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 4);
    CHECK(r.speaker_name(0) == "Harbor News");
    CHECK(r.speaker_name(1) == "the Harbor Times");
    CHECK(r.speaker_name(2) == "Norway"); // (a bare group after "with" is the subject's own people)
    CHECK(r.speaker_name(3) == "Lena Okafor"); // (a body after a preposition is no subject)
}

TEST_CASE("attribute: 'stating' reports what follows it, a report of its own") {
    auto const r = extract("The harbour police confirmed they seized the boat, stating that the crew had been arrested.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.cue(1) == "stating");
    CHECK(r.content(1) == "the crew had been arrested");
    CHECK(r.speaker_text(1) == r.speaker_text(0));
}

TEST_CASE("resolve: the person named after the body a cut title's link names") {
    auto const r = extract("Critics opposed the plan, with Professor of Theory and Law at Harbor University Tom Reyes claiming that the "
                           "campus needs no police.\n");
    INFO(r.describe());
    REQUIRE_FALSE(r.quotes.empty());
    CHECK(r.speaker_name(r.quotes.size() - 1) == "Tom Reyes");
}

TEST_CASE("resolve: a country's state media are media of their own; local media name no one") {
    auto const r = extract("No damage was reported after the quake, according to Norwegian state media.\n\n"
                           "Local media reported that one man had died in the flood.\n\n"
                           "Harbor Media Inc. said that it paid the fee.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_name(0) == "Norwegian state media");
    CHECK(r.kind_of_speaker(0) == speaker_kind::media);
    CHECK(r.kind_of_speaker(1) == speaker_kind::unknown);
    CHECK(r.speaker_name(2) == "Harbor Media Inc."); // (a capitalised "Media" inside a name stays in it)
}

TEST_CASE("attribute: 'in Lyon, France' after the subject: the country is where it is, not who speaks") {
    auto const r = extract("A court in Lyon, France ruled that the firms were not guilty.\n\n"
                           "Officials in Paris, France said that the firms were not guilty.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "A court");
    CHECK(r.speaker_text(1) == "Officials");
}

TEST_CASE("attribute: a plural possessive belongs to the speaker phrase") {
    auto const r = extract("The victims' lawyer said the ruling was unfair.\n\n"
                           "The head of the victims\xE2\x80\x99 group, Maria Holt, said the ruling was unfair.\n\n"
                           "The Institute of Foreign Affairs' Lena Okafor described the plan as a mistake.\n\n"
                           "Tom Reyes' syndicated radio show Reyes in the Morning aired from 1968 until 2018.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_text(0) == "The victims' lawyer");
    CHECK(r.speaker_name(1) == "Maria Holt");
    CHECK(r.speaker_name(2) == "Lena Okafor");
    CHECK(r.speaker_role(2) == "Institute of Foreign Affairs");
    // (the last: "radio show" is a noun after the possessive, no report)
}

TEST_CASE("attribute: a quotation that ends its sentence before another quotation opens ends the sentence") {
    auto const r = extract("Maria Holt told reporters the riders were \"furious.\" \"The ferry must stay,\" she said.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(1) == "The ferry must stay");
    CHECK(r.speaker_name(1) == "Maria Holt");
}

TEST_CASE("attribute: a verb's object before a time phrase and a participle cue is no speaker") {
    auto const r = extract("Tom Reyes posted a series of messages early Friday saying that his rival had shown bad judgment.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Tom Reyes");
}

TEST_CASE("attribute: a past form after an article describes a noun; an opening phrase may hold a comma") {
    auto const r = extract("After a hastily called, late-night session, the Harbor Council issued a statement calling the closure "
                           "\xE2\x80\x9C" "a clear breach\xE2\x80\x9D of the lease.\n\n"
                           "The reported deal was signed on Monday.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1); // ("called" and "reported" are no cues there)
    CHECK(r.cue(0) == "calling");
    CHECK(r.speaker_name(0) == "the Harbor Council");
}

TEST_CASE("attribute: 'which' after a body's name or a document speaks for it, not after a place") {
    auto const r = extract("They turned to the Harbor Police Department which reported \xE2\x80\x9C" "1,204 ferry delays\xE2\x80\x9D in the year.\n\n"
                           "The council published a study which found that the ferry was safe.\n\n"
                           "An expedition left Norway, which sought to complete the first crossing of the ice.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 2);
    CHECK(r.speaker_text(0) == "which");
    CHECK(r.speaker_name(0) == "the Harbor Police Department");
    CHECK(r.speaker_name(1) == "a study");
    for (std::size_t i = 2; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "Norway");
}

TEST_CASE("resolve: a document's name and a shortened place are nobody a pronoun stands for") {
    auto const r = extract("Anger after W. Virginia vote\n\n"
                           "The council acted under Article 21 of the Harbor Charter, which allows for fines.\n\n"
                           "President Reyes condemned the test. He said the allies will meet on Monday.\n");
    INFO(r.describe());
    REQUIRE_FALSE(r.quotes.empty());
    auto const last = r.quotes.size() - 1;
    CHECK(r.speaker_text(last) == "He");
    CHECK(r.speaker_name(last) != "W. Virginia");
    CHECK(r.speaker_name(last) != "Harbor Charter");
}

TEST_CASE("attribute: a participle's subject is no speaker of a report nested in another") {
    auto const r = extract("Lena Okafor told the audience that she believes we must continue to push plans that help the islands, "
                           "saying that \xE2\x80\x9C" "the town depends on it\xE2\x80\x9D in winter.\n");
    INFO(r.describe());
    REQUIRE_FALSE(r.quotes.empty());
    auto const last = r.quotes.size() - 1;
    CHECK(r.cue(last) == "saying");
    CHECK(r.speaker_name(last) == "Lena Okafor");
}

TEST_CASE("attribute: 'said the town and its neighbours will seek …' is one report, not cut at the second subject") {
    auto const r = extract("He said the town and its neighbours will seek new loans and take other steps \xE2\x80\x9Cto make the council "
                           "see that the ferry matters to everyone.\xE2\x80\x9D\n\n"
                           "Tom Reyes called for a new ferry but felt the old one should be kept.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3); // (an elided subject after "but" still cuts: two reports there)
    CHECK(r.content(0).starts_with("the town and its neighbours will seek new loans"));
}

TEST_CASE("resolve: a platform or a place's court is no issuer") {
    auto const r = extract("A Twitter post said that the road was closed.\n\n"
                           "The Colorado court said that the law was valid.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.kind_of_speaker(0) == speaker_kind::unknown);
    CHECK(r.kind_of_speaker(1) == speaker_kind::unknown);
    CHECK(r.speaker_name(1) != "Colorado");
}

TEST_CASE("resolve: a government named by its country's adjective speaks for the country") {
    auto const r = extract("The German government said that the tests were clear.\n\n"
                           "The South Korean government said that the talks would resume.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Germany");
    CHECK(r.kind_of_speaker(0) == speaker_kind::place);
    CHECK(r.speaker_name(1) == "South Korea");
}

// ---- reporting verbs added for issue 21 (general English, grammars/en) -------------------

TEST_CASE("attribute: a body reports a count as its object; a refusal reports what it refuses") {
    auto const r = extract("The ministry reported 78 new cases on Sunday.\n\n"
                           "Anna Berg refused to endorse Tom Reyes for the council.\n\n"
                           "Tom Reyes mocked the plan as a giveaway.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.content(0) == "78 new cases");
    CHECK(r.cue(0) == "reported");
    CHECK(r.content(1) == "to endorse Tom Reyes for the council");
    REQUIRE(r.quotes[1].cue);
    CHECK(r.quotes[1].cue->meaning.denial); // the claim is the refusal: not endorsing
    CHECK(r.content(2) == "the plan as a giveaway");
}

TEST_CASE("attribute: an earlier report that took a quotation ends with it when a later cue names the speaker") {
    auto const r = extract("Anna Berg scolded him: \xE2\x80\x9CThe ferry is ours,\xE2\x80\x9D she said. Then she left.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "The ferry is ours");
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: a report set off by a semicolon stays its speaker's") {
    auto const r = extract("The senator said the plan would fail; the governor disagreed.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the plan would fail");
    CHECK(r.speaker_text(0) == "The senator");
}

TEST_CASE("attribute: a concession after a comma is the writer's, not what was said") {
    auto const r = extract("The latest test, the ministry said, was its biggest yet, although it may take several days to know.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0).find("although") == std::string::npos);
    CHECK(r.content(0).find("was its biggest yet") != std::string::npos);
}

TEST_CASE("attribute: a stance verb in the progressive reports its object as the finite verb does") {
    auto const r = extract("The mayor is criticizing the plan for the bridge.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "the plan for the bridge");
    CHECK(r.speaker_text(0) == "The mayor");
}

TEST_CASE("attribute: a participle cue after a comma and an adverb ends the object before it and speaks for the subject") {
    auto const r = extract("Reyes criticized the plan, even suggesting he would vote against it.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "the plan");
    CHECK(r.content(1) == "he would vote against it");
    CHECK(r.speaker_name(1) == "Reyes");
}

TEST_CASE("resolve: a body named 'HEAD of NAME' is one organisation; a place after a preposition does not speak") {
    auto const r = extract("The Ministry of Defence said that the troops had left.\n\n"
                           "The Court of Session in Scotland said that the suspension was unlawful.\n\n"
                           "Experts on North Korea said that the test had failed.\n");
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_name(0) == "the Ministry of Defence");
    CHECK(r.kind_of_speaker(0) == speaker_kind::organization);
    CHECK(r.speaker_name(1) == "the Court of Session");
    CHECK(r.kind_of_speaker(1) == speaker_kind::organization);
    CHECK(r.speaker_text(2) == "Experts");
}

TEST_CASE("attribute: a relative clause that ends a report is a report of its own, spoken by 'who'") {
    auto const r = extract(titled("The mayor found support in the harbor master Tom Reyes, who said the pier had to stay open.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(0) == "support in the harbor master Tom Reyes");
    CHECK(r.speaker_text(1) == "who");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.content(1) == "the pier had to stay open");
}

TEST_CASE("attribute: a relative clause inside a report, or one that restricts its noun, stays in it") {
    auto const a = extract(titled("Anna Berg claimed most of the fishermen, who said the pier was safe, had never used it.\n"));
    INFO(a.describe());
    REQUIRE(a.quotes.size() == 1);
    CHECK(a.speaker_name(0) == "Anna Berg");
    CHECK(a.content(0) == "most of the fishermen, who said the pier was safe, had never used it");
    auto const b = extract(titled("Anna Berg rebuked critics who say the pier should close.\n"));
    INFO(b.describe());
    REQUIRE(b.quotes.size() == 1);
    CHECK(b.speaker_name(0) == "Anna Berg");
    CHECK(b.content(0) == "critics who say the pier should close");
}

TEST_CASE("attribute: a hearer with a plural possessive ('told the fishermen’s families')") {
    auto const r = extract(titled("The mayor met them on Monday.\n\n"
                                  "\xE2\x80\x9CWe will not forget them. The pier stays open,\xE2\x80\x9D Anna Berg told the fishermen\xE2\x80\x99 families.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "told");
}

TEST_CASE("attribute: words of where and when after the cue ('Berg said from the harbor steps Tuesday night')") {
    auto const r = extract(titled("The mayor spoke first.\n\n"
                                  "\xE2\x80\x9CI opened the café because I love this town,\xE2\x80\x9D Anna Berg said from the harbor steps Tuesday night.\n\n"
                                  "\xE2\x80\x9CI am free,\xE2\x80\x9D he told Radio 4 in Leeds.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "said");
    CHECK(r.cue(1) == "told");
    CHECK(r.speaker_text(1) == "he");
}

TEST_CASE("attribute: a quotation set off by commas after an opening phrase; a relative clause after an inverted speaker is his") {
    auto const r = extract(titled("Anna Berg met the mayor years ago. As for the mayor\xE2\x80\x99s later remarks, "
                                  "\xE2\x80\x9CI mostly ignore them,\xE2\x80\x9D said Tom Reyes, who runs a bakery and is opening another one.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.content(0) == "I mostly ignore them");
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.cue(0) == "said");
}

TEST_CASE("attribute: an inverted speaker with a modifier after it ('said a Conservative familiar with the plans')") {
    auto const r = extract(titled("The council met on Monday.\n\n"
                                  "\xE2\x80\x9CIt was not enough,\xE2\x80\x9D said a Conservative familiar with the plans.\n\n"
                                  "\xE2\x80\x9CPeople are afraid,\xE2\x80\x9D Anna Berg surmised.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_text(0) == "a Conservative");
    CHECK(r.cue(0) == "said");
    CHECK(r.speaker_name(1) == "Anna Berg");
}

TEST_CASE("attribute: a bare verb form after a singular name is a compound noun ('the Skyline show', 'a Mastodon post')") {
    auto const r = extract(titled("The Skyline show follows six ferry crews through a winter.\n\n"
                                  "Anna Berg, in a Mastodon post on Tuesday, called the timetable \xE2\x80\x9Cunworkable\xE2\x80\x9D.\n\n"
                                  "Officials of the Harbor Department say the ferry will stay.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "called");
    CHECK(r.cue(1) == "say");
    CHECK(r.content(1) == "the ferry will stay");
}

TEST_CASE("attribute: a role in lower case before a name resolves 'the archbishop'; bare 'Police' is the force named before") {
    auto const r = extract(titled("The plan was criticised by archbishop Tomas Okafor Reyes. Calling it a mistake, the archbishop said "
                                  "\xE2\x80\x9CWe need to pray.\xE2\x80\x9D\n\n"
                                  "The Harbor Police searched the pier on Monday. Police also said they had recovered a backpack.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Tomas Okafor Reyes");
    CHECK(r.speaker_name(1) == "the Harbor Police");
}

TEST_CASE("attribute: a passive relative clause gives its subject no words ('who was described as … by the police')") {
    auto const r = extract(titled("Tom Reyes, who was described as \xE2\x80\x9Creckless\xE2\x80\x9D by the harbor police, sold the boat.\n"));
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "Tom Reyes");
}

TEST_CASE("attribute: a participle clause opening the sentence is the subject's after its comma ('After saying …, she …')") {
    auto const r = extract(titled("Anna Berg spoke on Monday. After saying her legs were \xE2\x80\x9Cso tired I could barely stand,\xE2\x80\x9D "
                                  "she was taken to hospital.\n\nAfter saying the ferry would stay, Tom Reyes left the meeting.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "her legs were \xE2\x80\x9Cso tired I could barely stand,\xE2\x80\x9D");
    CHECK(r.speaker_name(1) == "Tom Reyes");
    CHECK(r.content(1) == "the ferry would stay");
}

TEST_CASE("attribute: 'at the time' between the speaker and the cue is a time phrase") {
    auto const r = extract(titled("Anna Berg at the time said the pier would reopen in the spring.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: a time phrase opening the sentence is no participle's subject ('A day after the storm, …')") {
    auto const r = extract(titled("A day after the storm, so will a crowd of ferry workers planning marches against what they call "
                                  "the \xE2\x80\x9C" "cuts\xE2\x80\x9D.\n"));
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_text(i) != "A day");
}

TEST_CASE("attribute: a name after a dash right before a colon signs the quotation ('… - Lena Okafor: “…”')") {
    auto const r = extract(titled("The poll moved a lot.\n\n"
                                  "The ferry vote has been close in the south - Lena Okafor: \xE2\x80\x9CLast month the north was ours.\xE2\x80\x9D\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Lena Okafor");
}

TEST_CASE("attribute: a colon's subject, or none: two names after a dash, a body's name, no 'Listen', no shortened place") {
    auto const r = extract(titled("TIMETABLE TALKS STALL - Anna Berg and Tom Reyes: \xE2\x80\x9CThe council missed the deadline, but the plan holds.\xE2\x80\x9D\n\n"
                                  "Harbour counts disagree - Harbor Research: \xE2\x80\x9C" "Our counters saw more boats than the port did.\xE2\x80\x9D\n\n"
                                  "Listen, it gets worse: \xE2\x80\x9C" "By law, the mayor sets the number of ferries every year.\xE2\x80\x9D\n\n"
                                  "Hours after the storm in Harbor, Ore., a regular caller sounded off on a forum: \xE2\x80\x9C" "Harbor, we are still here with our boats.\xE2\x80\x9D\n\n"
                                  "On a calmer day -- with the storm long gone -- a visitor would now wonder: \xE2\x80\x9CWhy is the ferry still on the old timetable?\xE2\x80\x9D\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 5);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.speaker_name(1) == "Harbor Research");
    // the quotation is kept, its speaker unknown rather than "Listen" or what "it" stood for
    CHECK(r.content(2) == "By law, the mayor sets the number of ferries every year.");
    CHECK(r.speaker_name(2) == "<no speaker>");
    CHECK(r.speaker_text(3) == "a regular caller");
    CHECK(r.speaker_text(4) == "a visitor"); // (the subject after the dashes of an opening clause)
}

TEST_CASE("attribute: a quotation signed by words no rule reads is not the last speaker's ('“…,” Harbor Radio co-Host Lena Okafor said')") {
    auto const r = extract(titled("Anna Berg called the meeting a \xE2\x80\x9C" "farce.\xE2\x80\x9D\n\n"
                                  "\xE2\x80\x9CThe ferry has not been this late in years,\xE2\x80\x9D Harbor Radio co-Host Lena Okafor said.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.content(1) == "The ferry has not been this late in years");
    CHECK(r.speaker_name(1) != "Anna Berg");
}

TEST_CASE("attribute: 'my' opens a speaker's phrase ('“…,” my father said')") {
    auto const r = extract(titled("\xE2\x80\x9CThe ferry was our only road,\xE2\x80\x9D my father said.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_text(0) == "my father");
}

TEST_CASE("attribute: a cue noun after a name's possessive, then 'that' ('laughed at Anna Berg’s claim that …')") {
    auto const r = extract(titled("Critics laughed at Anna Berg\xE2\x80\x99s claim that the ferry was safe.\n\n"
                                  "Critics laughed at his claim that the pier was safe.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.content(0) == "the ferry was safe");
    for (std::size_t i = 1; i < r.quotes.size(); ++i) CHECK(r.speaker_name(i) != "Anna Berg");
}

TEST_CASE("attribute: a plural noun that looks like a cue before 'as' ('40% of Harbor Party claims as “false”')") {
    auto const r = extract(titled("The site rated 40% of Harbor Party claims as \xE2\x80\x9C" "false\xE2\x80\x9D last year.\n"));
    INFO(r.describe());
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_text(i).find('%') == std::string::npos);
}

TEST_CASE("attribute: 'they' does not stand for a place whose name is not plural") {
    auto const r = extract(titled("The ferry left Oslo on Monday.\n\nThey said the crossing had been calm.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) != "Oslo");
}

TEST_CASE("attribute: a participle cue opening the sentence in capitals ('Saying …, President Tom Reyes added')") {
    auto const r = extract(titled("The law is old. Saying \xE2\x80\x9Cthe ferries run late whatever they cost\xE2\x80\x9D, President Tom Reyes "
                                  "went on to praise the crews.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 1);
    CHECK(r.speaker_name(0) == "Tom Reyes");
    CHECK(r.content(0) == "the ferries run late whatever they cost");
}

TEST_CASE("attribute: 'thanked' takes a side on its object; 'advises citizens to …' asks them") {
    auto const r = extract(titled("The mayor of Leeds, Anna Berg, thanked \xE2\x80\x9Cthe crews for a calm night\xE2\x80\x9D.\n\n"
                                  "The Harbor Service website advises citizens to keep paying their fees.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "Anna Berg");
    CHECK(r.cue(0) == "thanked");
    CHECK(r.cue(1) == "advises");
    CHECK(r.content(1) == "citizens to keep paying their fees");
}

TEST_CASE("attribute: what a body owns speaks for it ('according to the IMF’s statistics'); a person's plain noun does not") {
    auto const r = extract(titled("The IMF said growth slowed.\n\nAccording to IMF\xE2\x80\x99s statistics, port traffic has fallen by at least 25%.\n\n"
                                  "Tom Reyes\xE2\x80\x99s son said he would testify.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 3);
    CHECK(r.speaker_name(1) == "IMF");
    CHECK(r.speaker_name(2) != "Tom Reyes");
}

TEST_CASE("attribute: 'the court' stands for a place's court written in lower case ('Norway’s supreme court')") {
    auto const r = extract(titled("Norway\xE2\x80\x99s supreme court heard the case on Monday. The court ruled the harbor fees were lawful.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Norway\xE2\x80\x99s supreme court");
    CHECK(r.quotes[0].speaker->kind == verbatim::speaker_kind::organization);
}

TEST_CASE("attribute: a group word between names is part of a body's name ('the Boston Police Department')") {
    auto const r = extract(titled("Some text here.\n\nThe Harbor City Police Department said the suspect left by ferry.\n\n"
                                  "District Attorney Lena Okafor said charges would follow.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 2);
    CHECK(r.speaker_name(0) == "the Harbor City Police Department");
    CHECK(r.quotes[0].speaker->kind == verbatim::speaker_kind::organization);
    CHECK(r.speaker_name(1) == "Lena Okafor");
}

TEST_CASE("attribute: a description, then a naming word and a name ('said a picket using the pseudonym Lena')") {
    auto const r = extract(titled("The march went on.\n\n"
                                  "\xE2\x80\x9CHe only wants to end the strike,\xE2\x80\x9D said a picket using the pseudonym Lena, "
                                  "who asked that her name not be used.\n\n"
                                  "\xE2\x80\x9CThe road was closed,\xE2\x80\x9D said a driver identified as Tom Reyes.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 2);
    CHECK(r.speaker_name(0) == "Lena");
    CHECK(r.speaker_name(r.quotes.size() - 1) == "Tom Reyes");
}

TEST_CASE("attribute: 'her string of late-night tweets in which she called …' is no speaker 'her string of …'") {
    auto const r = extract(titled("Anna Berg did not address her string of late-night tweets in which she called the mayor "
                                  "\xE2\x80\x9C" "hopeless\xE2\x80\x9D.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() >= 1);
    for (std::size_t i = 0; i < r.quotes.size(); ++i) CHECK(r.speaker_text(i).find("string") == std::string::npos);
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: sung words are said ('“…,” Anna Berg sings to the crowd')") {
    auto const r = extract(titled("The concert opened late.\n\n\xE2\x80\x9CRow the ferry home tonight,\xE2\x80\x9D Anna Berg sings to the crowd.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
}

TEST_CASE("attribute: a preposition opening the sentence is no subject ('Along with her brother, she …')") {
    auto const r = extract(titled("Along with her brother, Anna Berg has given to two charities, and said she would back one more.\n"));
    INFO(r.describe());
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.speaker_name(0) == "Anna Berg");
}
