// Speakers as entities across a corpus: ids, the corpus-wide merge, and the alias file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "verbatim/output.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/speakers.hpp"

using verbatim::speaker_kind;

namespace {

verbatim::document article(std::string id, std::string text) {
    verbatim::document d;
    d.id = std::move(id);
    d.date = "2026-01-23";
    d.text = std::move(text);
    return d;
}

/// Runs the whole pipeline on the articles and returns the directory that saw them.
verbatim::speaker_directory directory_of(std::vector<verbatim::document> const& docs, verbatim::alias_table aliases = {}) {
    verbatim::speaker_directory dir(std::move(aliases));
    for (auto const& d : docs) {
        auto quotes = verbatim::extract_quotations(d);
        dir.add(d, quotes);
    }
    return dir;
}

/// The per-speaker lists (text) of one article, as `verbatim quotes` prints them.
std::string text_lists(verbatim::document const& doc) {
    auto quotes = verbatim::extract_quotations(doc);
    verbatim::speaker_directory dir;
    dir.add(doc, quotes);
    std::ostringstream out;
    auto w = verbatim::make_quote_writer(verbatim::output_format::text, out, dir);
    w->add(doc, quotes);
    w->finish();
    return out.str();
}

verbatim::speaker_entity const* find(std::vector<verbatim::speaker_entity> const& all, std::string const& name) {
    for (auto const& e : all)
        if (e.name == name) return &e;
    return nullptr;
}

} // namespace

TEST_CASE("entities: transliterations of one name give one id") {
    CHECK(verbatim::entity_id(speaker_kind::person, "Volodymyr Zelensky") ==
          verbatim::entity_id(speaker_kind::person, "Volodymyr Zelenskyy"));
    CHECK(verbatim::entity_id(speaker_kind::person, "Volodymyr Zelenskiy") == "person:volodymyr-zelensky");
    CHECK(verbatim::entity_id(speaker_kind::person, "Fran\xC3\xA7ois Hollande") == "person:francois-hollande");
}

TEST_CASE("entities: a place and a person of the same name never share an id") {
    CHECK(verbatim::entity_id(speaker_kind::place, "Jordan") != verbatim::entity_id(speaker_kind::person, "Jordan"));
}

TEST_CASE("entities: unnamed sources get one id per article") {
    auto a = verbatim::entity_id(speaker_kind::group, "officials", "a1");
    auto b = verbatim::entity_id(speaker_kind::group, "officials", "a2");
    CHECK(a != b);
    CHECK(a == "group:officials@a1");
}

TEST_CASE("entities: a surname alone joins the one person the corpus names in full") {
    auto dir = directory_of({article("a1", "US President Donald Trump said the talks had failed.\n"),
                             article("a2", "Trump said the deal was dead.\n"),
                             article("a3", "Donald Trump Jr. said the campaign had raised more money.\n")});
    auto all = dir.entities();
    auto const* trump = find(all, "Donald Trump");
    REQUIRE(trump != nullptr);
    CHECK(trump->quotations == 2);
    CHECK(trump->articles == 2);
    CHECK(trump->roles.count("US President") == 1);
    CHECK(trump->aliases.count("Trump") == 1);
    // Donald Trump Jr. is another man.
    auto const* junior = find(all, "Donald Trump Jr.");
    REQUIRE(junior != nullptr);
    CHECK(junior->quotations == 1);
    CHECK(dir.canonical_id("person:trump") == "person:donald-trump");
}

TEST_CASE("entities: a body's acronym, its place's other name and its other spelling are the body") {
    auto dir = directory_of({article("a1", "The Coastal Storm Centre said the storm had weakened. The CSC said winds were 90 mph.\n"),
                             article("a2", "The CSC said the storm would reach land on Monday.\n"),
                             article("a3", "The Coastal Storm Center said the warnings were lifted.\n"),
                             article("a4", "The US Ferry Agency said the service would resume.\n"),
                             article("a5", "The United States Ferry Agency said the fares would rise.\n"),
                             // an acronym never quoted where the name is: another body may bear it
                             article("a6", "The Harbour Union said the strike was over.\n"),
                             article("a7", "The HU said the fares were too high.\n")});
    auto all = dir.entities();
    auto const* centre = find(all, "the Coastal Storm Centre");
    if (!centre) centre = find(all, "the Coastal Storm Center");
    REQUIRE(centre != nullptr);
    CHECK(centre->quotations == 4);
    auto const* ferry = find(all, "the United States Ferry Agency");
    REQUIRE(ferry != nullptr);
    CHECK(ferry->quotations == 2);
    CHECK(dir.canonical_id("organization:hu") == "organization:hu");
}

TEST_CASE("entities: namesakes stay two, and a bare shared surname joins neither") {
    auto dir = directory_of({article("a1", "Joe Biden said the bill would pass.\n"),
                             article("a2", "Hunter Biden said he had done nothing wrong.\n"),
                             article("a3", "Biden said the economy was growing.\n")});
    auto all = dir.entities();
    REQUIRE(find(all, "Joe Biden") != nullptr);
    REQUIRE(find(all, "Hunter Biden") != nullptr);
    CHECK(find(all, "Joe Biden")->quotations == 1);
    CHECK(find(all, "Hunter Biden")->quotations == 1);
    CHECK(dir.canonical_id("person:biden") == "person:biden");
}

TEST_CASE("entities: spellings of one person across articles are one entity") {
    auto dir = directory_of({article("a1", "Ukrainian President Volodymyr Zelensky said the deal was nearly ready.\n"),
                             article("a2", "Volodymyr Zelenskyy said the guarantees were done.\n"),
                             article("a3", "Zelensky said the talks would last two days.\n")});
    auto all = dir.entities();
    REQUIRE(all.size() == 1);
    CHECK(all[0].quotations == 3);
    CHECK(all[0].articles == 3);
    CHECK(all[0].kind == speaker_kind::person);
}

TEST_CASE("entities: a place speaking for its government is never merged with a person") {
    auto dir = directory_of({article("a1", "Jordan said the border would stay closed.\n"),
                             article("a2", "Michael Jordan said the team would win.\n")});
    auto all = dir.entities();
    auto const* place = find(all, "Jordan");
    auto const* person = find(all, "Michael Jordan");
    REQUIRE(place != nullptr);
    REQUIRE(person != nullptr);
    CHECK(place->kind == speaker_kind::place);
    CHECK(person->quotations == 1);
    CHECK(place->quotations == 1);
}

TEST_CASE("entities: unnamed sources are no named speaker and are not listed as one") {
    auto dir = directory_of({article("a1", "Senior officials said the plan would fail.\n"),
                             article("a2", "Officials said the plan would work.\n")});
    CHECK(dir.entities().empty());
    CHECK(dir.entities(true).size() == 2);
}

TEST_CASE("entities: the alias file merges what rules cannot and keeps namesakes apart") {
    auto path = std::filesystem::temp_directory_path() / "verbatim_aliases_test.txt";
    {
        std::ofstream out(path);
        out << "# aliases\n"
               "Volodymyr Zelensky = Ze, Vova\n"
               "Kate Smith != Smith\n"
               "this line has no sign\n";
    }
    std::vector<verbatim::diagnostic> notes;
    auto aliases = verbatim::read_alias_file(path.string(), &notes);
    std::filesystem::remove(path);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].line == 4);
    auto dir = directory_of({article("a1", "Volodymyr Zelensky said the deal was ready.\n"),
                             article("a2", "Vova said the deal was not ready.\n"),
                             article("a3", "Kate Smith said the vote was close.\n"), article("a4", "Smith said the vote was lost.\n")},
                            aliases);
    auto all = dir.entities();
    auto const* z = find(all, "Volodymyr Zelensky");
    REQUIRE(z != nullptr);
    CHECK(z->quotations == 2);
    CHECK(dir.canonical_id("person:smith") == "person:smith");
    REQUIRE(find(all, "Kate Smith") != nullptr);
    CHECK(find(all, "Kate Smith")->quotations == 1);
}

namespace {
/// The speaker of an article's one quotation (the test stops when there is not exactly one).
verbatim::speaker_mention only_speaker(std::string text) {
    auto d = article("t", std::move(text));
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 1);
    REQUIRE(quotes[0].speaker);
    return *quotes[0].speaker;
}

std::string speaker_of_last(std::string text) {
    auto d = article("g", std::move(text));
    auto quotes = verbatim::extract_quotations(d);
    return quotes.empty() || !quotes.back().speaker ? std::string("(none)") : quotes.back().speaker->name;
}
} // namespace

TEST_CASE("resolve: she goes to the woman named before, past a man quoted later") {
    CHECK(speaker_of_last("Mary Jones met John Smith on Monday. Smith said the talks had failed.\n\n"
                          "\xE2\x80\x9CWe will try again,\xE2\x80\x9D she said.\n") == "Mary Jones");
}

TEST_CASE("resolve: a pronoun never stands for a name inside a quotation") {
    // With no speaker before it, "she" looks back over the names written; the one she speaks of
    // inside her own quote is not her.
    CHECK(speaker_of_last("Mary Jones waited in the hall.\n\n"
                          "\xE2\x80\x9CHere comes Tom Carter,\xE2\x80\x9D she said.\n") == "Mary Jones");
}

TEST_CASE("resolve: a name of everyday words is no person's") {
    // "Road Safety" is no woman for "she"; a first name makes a person of anything.
    CHECK(speaker_of_last("Ann Berg chairs the panel on Road Safety.\n\n"
                          "\xE2\x80\x9CWe will act,\xE2\x80\x9D she said.\n") == "Ann Berg");
    auto d = article("t", "Steel Gates said the strike would go on. Grace Hill said the talks had failed.\n");
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE(quotes.size() == 2);
    REQUIRE(quotes[0].speaker);
    CHECK(quotes[0].speaker->kind == speaker_kind::organization);
    REQUIRE(quotes[1].speaker);
    CHECK(quotes[1].speaker->kind == speaker_kind::person);
}

TEST_CASE("resolve: a survey or report named in capitals is a body, and no one's antecedent") {
    CHECK(speaker_of_last("Joan Weber spoke in Dayton.\n\n"
                          "The National Housing Survey found that rents rose 4 percent.\n\n"
                          "\xE2\x80\x9CYou have to look at the rents,\xE2\x80\x9D she said.\n") == "Joan Weber");
}

TEST_CASE("resolve: a compass word before a place is a place, and no one's antecedent") {
    CHECK(only_speaker("North Karnataka said the rains had ended.\n").kind == speaker_kind::place);
    CHECK(speaker_of_last("Mary Jones came from North Karnataka.\n\n"
                          "\xE2\x80\x9CWe will go,\xE2\x80\x9D she said.\n") == "Mary Jones");
}

TEST_CASE("resolve: he or she does not reach back to a person named pages before") {
    std::string text = "Tom Reyes spoke in the morning.\n\n";
    for (int i = 0; i < 80; ++i) text += "The rains went on over the valley and the roads were closed for the day.\n\n";
    text += "\xE2\x80\x9CWe will go,\xE2\x80\x9D he said.\n";
    CHECK(speaker_of_last(text) != "Tom Reyes");
}

TEST_CASE("resolve: a title gives the gender when the first name does not") {
    CHECK(speaker_of_last("Mrs. Okafor chairs the committee. Mr. Berg said the vote was lost.\n\n"
                          "\xE2\x80\x9CWe will win the next one,\xE2\x80\x9D she said.\n") == "Okafor");
}

TEST_CASE("resolve: he is never a woman the article named") {
    // The only person before "he" is a woman: he stays unresolved rather than becoming her.
    CHECK(speaker_of_last("Hillary Clinton said the plan was sound.\n\n"
                          "\xE2\x80\x9CIt will not work,\xE2\x80\x9D he said.\n") != "Hillary Clinton");
}

TEST_CASE("resolve: the president is the person named with that title before") {
    CHECK(speaker_of_last("President Volodymyr Zelensky arrived in Davos on Tuesday.\n\n"
                          "The president said the guarantees were done.\n") == "Volodymyr Zelensky");
}

TEST_CASE("resolve: 'TITLE of BODY Name' gives the person, with title and body as the role") {
    auto sp = only_speaker("President of Ukraine Volodymyr Zelenskyy said the talks would go on.\n");
    CHECK(sp.name == "Volodymyr Zelenskyy");
    CHECK(sp.role == "President of Ukraine");
    CHECK(sp.kind == speaker_kind::person);
}

TEST_CASE("resolve: 'TITLE for the BODY Name' takes the whole body into the role, not into the name") {
    auto sp = only_speaker("Spokesperson for the US State Department Dana Kole said the talks would go on.\n");
    CHECK(sp.name == "Dana Kole");
    CHECK(sp.kind == speaker_kind::person);
}

TEST_CASE("resolve: a body's name that opens with a place or a head word stays whole") {
    auto forces = only_speaker("The Kenya Defence Forces said the strike had hit its target.\n");
    CHECK(forces.kind == speaker_kind::organization);
    CHECK(forces.name.find("Kenya Defence Forces") != std::string::npos);
    auto brigade = only_speaker("Brigade de Recherche said the raid had been lawful.\n");
    CHECK(brigade.kind == speaker_kind::organization);
    CHECK(brigade.name.find("Brigade de Recherche") != std::string::npos);
}

TEST_CASE("resolve: an age or an everyday word before a person's name is no part of it") {
    CHECK(only_speaker("Fourteen-year-old Zoe said the roof fell in.\n").name == "Zoe");
    CHECK(speaker_of_last("The rule changed, Minister of Labour and Health Pavel Orrin said. "
                          "Orrin said the clinics would stay open.\n") == "Pavel Orrin");
}

TEST_CASE("resolve: a surname alone is the person named in full, even where it is also a city's name") {
    CHECK(speaker_of_last("Police said Tomas Amman had been released from prison. Amman told his family he wanted to leave.\n") ==
          "Tomas Amman");
}

TEST_CASE("resolve: she is the woman named by surname since, not a one-word name quoted before") {
    // A one-word speaker of no known gender ("Norvex", a company) is too unsure for "she"; the
    // woman named in full and then by surname is the one meant.
    CHECK(speaker_of_last("Norvex said its revenue was $20 billion.\n\n"
                          "Claire Dumont's niece was aboard the flight. After the verdict she said, "
                          "\xE2\x80\x9COur lost ones have died a second time.\xE2\x80\x9D\n") == "Claire Dumont");
    CHECK(speaker_of_last("Emily Varga met officers Antoine Kessel and Nicolas Brun at a pub. "
                          "They offered Varga a tour of the headquarters.\n\n"
                          "After Varga smoked a cigarette, she testified, she was attacked by Kessel. "
                          "She told the court she was forced to drink whiskey.\n") == "Emily Varga");
}

TEST_CASE("resolve: a one-word name that came with a person's title is the he or she meant") {
    // "President Reyes" is a person though no first name tells the gender; "Norvex" alone is not.
    CHECK(speaker_of_last("At the harbour, President Reyes called the delay \xE2\x80\x9Cshameful\xE2\x80\x9D. "
                          "He said the islands would seek new talks.\n") == "Reyes");
}

TEST_CASE("resolve: 'we' outside quotation marks stands for no body the article named") {
    // the writer's or an interviewee's own group: better no name than the last body named
    CHECK(speaker_of_last("The Harbor Council said the ferry would stay. They said it would run all winter.\n\n"
                          "Most days the ferry group meets at the pier. We want to keep the crossing free for every islander.\n") == "We");
}

TEST_CASE("resolve: a participle opening a sentence starts no name") {
    // "Believing Varga was responsible, she …": she is not a person called "Believing Varga".
    auto const who = speaker_of_last("Colin Varga was posted to the embassy in 2015.\n\n"
                                     "Believing Varga was responsible, she reported him. She said the devices were his.\n");
    CHECK(who.find("Believing") == std::string::npos);
    CHECK(who != "Colin Varga"); // and not the man named before
}

TEST_CASE("resolve: a title word after a first name is the surname") {
    auto sp = only_speaker("Incumbent MP Catherine King said the climate bill had been dismantled.\n");
    CHECK(sp.name == "Catherine King");
    CHECK(sp.kind == speaker_kind::person);
}

TEST_CASE("resolve: the first name the lists know gives the gender, after a name they do not know") {
    // "Jo Anne Tilburg": she is the one meant, not the man quoted before her.
    CHECK(speaker_of_last("Mark Oden said the dig would go on. Jo Anne Tilburg led the survey of the coast. "
                          "Asked about the seeps, she said: \xE2\x80\x9CThe water was fresh.\xE2\x80\x9D\n") ==
          "Jo Anne Tilburg");
    CHECK(only_speaker("Sayyid Ali Rahimi said the strike was unlawful.\n").name == "Ali Rahimi"); // an honorific is a title
}

TEST_CASE("resolve: he or she is never a place or a body whose name starts with an everyday word") {
    CHECK(speaker_of_last("The sentence was handed down at Canadian Forces Base Oakvale in May.\n\n"
                          "She said the devices were hidden in the bathroom.\n")
              .find("Oakvale") == std::string::npos);
}

TEST_CASE("resolve: the mention's kind, and a confidence that ranks a named speaker above unnamed officials") {
    auto const doc = article("c", "\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D Mayor Lena Ostrova said on Monday.\n\n"
                                  "\xE2\x80\x9CIt is too late,\xE2\x80\x9D she said.\n\n"
                                  "Officials said the cost had doubled.\n");
    auto const quotes = verbatim::extract_quotations(doc);
    REQUIRE(quotes.size() == 3);
    for (auto const& q : quotes) {
        REQUIRE(q.confidence);
        CHECK(*q.confidence > 0.0);
        CHECK(*q.confidence < 1.0);
        REQUIRE(q.speaker);
    }
    CHECK(quotes[0].speaker->mention == verbatim::mention_kind::name);
    CHECK(quotes[1].speaker->mention == verbatim::mention_kind::pronoun);
    CHECK(quotes[1].speaker->name == "Lena Ostrova");
    CHECK(quotes[2].speaker->mention == verbatim::mention_kind::description);
    CHECK(*quotes[2].confidence < *quotes[0].confidence);
}

TEST_CASE("quotes --weakest: the records with a speaker of lowest confidence, weakest first, no more than asked") {
    auto const doc = article("w", "The council met on Monday.\n");
    auto make = [&](double confidence, std::string name) {
        verbatim::quotation q;
        q.spans = {{0, 11}};
        q.confidence = confidence;
        verbatim::speaker_mention m;
        m.text = m.name = std::move(name);
        m.kind = speaker_kind::person;
        q.speaker = std::move(m);
        return q;
    };
    std::vector<verbatim::quotation> quotes{make(0.9, "Ann Strong"), make(0.2, "Bo Weakest"), make(0.5, "Cy Middle"),
                                            make(0.3, "Di Weak")};
    quotes.push_back(verbatim::quotation{}); // no speaker: nobody's words to review
    quotes.back().spans = {{0, 11}};
    quotes.back().confidence = 0.0;
    std::ostringstream out;
    auto writer = verbatim::make_weakest_writer(out, 3);
    writer->add(doc, quotes);
    writer->finish();
    auto const s = out.str();
    auto const weakest = s.find("Bo Weakest"), weak = s.find("Di Weak"), middle = s.find("Cy Middle");
    CHECK(weakest != std::string::npos);
    CHECK(weak != std::string::npos);
    CHECK(middle != std::string::npos);
    CHECK(weakest < weak);
    CHECK(weak < middle);
    CHECK(s.find("Ann Strong") == std::string::npos);
    CHECK(s.find("0.00") == std::string::npos);
}

TEST_CASE("resolve: officials of a country and a body's spokesperson speak for it") {
    auto moldova = only_speaker("Moldovan officials said the claim was false.\n");
    CHECK(moldova.name == "Moldova");
    CHECK(moldova.kind == speaker_kind::place);
    CHECK(only_speaker("Representatives from Iran said the jet was shot down in error.\n").name == "Iran");
    auto firm = only_speaker("A spokesperson for Harbour Ferries Ltd said the service would resume.\n");
    CHECK(firm.name == "Harbour Ferries Ltd");
    CHECK(firm.kind == speaker_kind::organization);
    CHECK(only_speaker("A spokesman for Prime Minister Tom Reyes said the talks would go on.\n").name == "Tom Reyes");
    CHECK(only_speaker("The spokesperson for the German government said the tests were clear.\n").name == "Germany");
    // not the country when another word stands between: an agency of it speaks
    CHECK(only_speaker("US intelligence officials said the report was accurate.\n").kind != speaker_kind::place);
    // "they" after them is still them
    CHECK(speaker_of_last("Chinese officials said the virus came from a market. They said 200 people were infected.\n") == "China");
    // researchers speak for where they work; a document for whom it is from
    auto lab = only_speaker("On Friday, researchers at Harbour Science Institute posted findings estimating the cases may exceed 1000.\n");
    CHECK(lab.name == "Harbour Science Institute");
    CHECK(lab.kind == speaker_kind::organization);
    auto report = only_speaker("Another report from the Spanish government during the weekend said eight people died in the fire.\n");
    CHECK(report.name == "Spain");
    CHECK(report.kind == speaker_kind::place);
}

TEST_CASE("resolve: a body's name goes on over 'and' in its 'of' phrase") {
    auto court = only_speaker("The High Court of Arland and Bexland also ruled that the matter was not for the courts.\n");
    CHECK(court.name == "the High Court of Arland and Bexland");
    CHECK(court.kind == speaker_kind::organization);
    CHECK(only_speaker("The Department of Health and Human Services said the rule would stand.\n").name ==
          "the Department of Health and Human Services");
    // two people joined by "and" stay apart: the one next to the cue speaks here
    CHECK(only_speaker("The mayor of Arlen and Piet Vos said the bridge would open.\n").name == "Piet Vos");
}

TEST_CASE("resolve: a role of a body, then a person's name: the person, with the role") {
    auto member = only_speaker("Member of the Green Party Lena Holt said the suspension was necessary.\n");
    CHECK(member.name == "Lena Holt");
    CHECK(member.kind == speaker_kind::person);
    CHECK(member.role == "Member of the Green Party");
    auto director = only_speaker("Harbour director of the Civic Watch Foundation Man-kei Tam said the plan changed nothing.\n");
    CHECK(director.name == "Man-kei Tam");
    CHECK(director.kind == speaker_kind::person);
    // after an inverted cue too: "…,” said a protester, Mira, who …
    auto d = article("k", "\"It has escalated,\" said a protester, Mira, who asked that her surname not be used.\n");
    auto quotes = verbatim::extract_quotations(d);
    REQUIRE_FALSE(quotes.empty());
    REQUIRE(quotes.front().speaker);
    CHECK(quotes.front().speaker->name == "Mira");
    CHECK(quotes.front().speaker->kind == speaker_kind::person);
}

TEST_CASE("resolve: a time phrase is no speaker; a description and the name after it are one") {
    // ("during the weekend" stands between the subject and the cue)
    CHECK(only_speaker("A statement from Harbour Ferries Ltd over the weekend said the service would resume.\n").name == "Harbour Ferries Ltd");
    auto site = only_speaker("One news site, Meduza, claims the explosion was an attack.\n");
    CHECK(site.name == "Meduza");
    // "the three-judge court": the court the article named before
    auto const court = speaker_of_last("The Court of Session ruled on Monday. The three-judge court found the advice \"was unlawful.\"\n");
    CHECK(court == "the Court of Session");
}

TEST_CASE("resolve: a body named 'ADJECTIVE HEAD of NAME' stays whole; a person named after a body is the person") {
    auto ministry = only_speaker("The Russian Ministry of Defence said the troops would stay.\n");
    CHECK(ministry.name == "the Russian Ministry of Defence");
    CHECK(ministry.kind == speaker_kind::organization);
    CHECK(only_speaker("The UK Department of Transport said the line would reopen.\n").name == "the UK Department of Transport");
    auto banker = only_speaker("Governor of the Central Bank of Sri Lanka Ajith Corea said the rate would rise.\n");
    CHECK(banker.name == "Ajith Corea");
    CHECK(banker.kind == speaker_kind::person);
    // a place's name after the body is no person's
    CHECK(only_speaker("The University of California San Diego said the study was sound.\n").kind != speaker_kind::person);
}

TEST_CASE("lists: an index first, each article once with its title and address, the quotations under it") {
    auto a = article("a", "\xE2\x80\x9CThe bridge opens in May,\xE2\x80\x9D Mayor Lena Ostrova said. "
                          "\xE2\x80\x9CIt will cost less,\xE2\x80\x9D Ostrova said.\n");
    a.title = "Bridge to open";
    a.url = "https://example.org/bridge";
    REQUIRE(verbatim::extract_quotations(a).size() == 2);
    auto const s = text_lists(a);
    CHECK(s.starts_with("Index \xE2\x80\x94 1 section"));
    CHECK(s.find("Lena Ostrova 2") != std::string::npos);
    auto const title = s.find("Bridge to open");
    REQUIRE(title != std::string::npos);
    CHECK(s.find("Bridge to open", title + 1) == std::string::npos); // once, for both quotations
    CHECK(s.find("https://example.org/bridge") != std::string::npos);
    CHECK(s.find("[direct] said: \xE2\x80\x9CIt will cost less") != std::string::npos);
}

TEST_CASE("filters: dates, kinds and a speaker named by any of their names") {
    auto a = article("a", "Mayor Lena Ostrova said the bridge would open in May. \xE2\x80\x9CIt will cost less,\xE2\x80\x9D Ostrova said.\n");
    a.date = "2024-03-01";
    auto b = article("b", "Tom Reyes said the ferry would stop. Lena Ostrova said the bridge was late.\n");
    b.date = "2024-05-01";
    std::vector<std::pair<verbatim::document, std::vector<verbatim::quotation>>> docs;
    verbatim::speaker_directory dir;
    for (auto const& d : {a, b}) {
        auto q = verbatim::extract_quotations(d);
        dir.add(d, q);
        docs.emplace_back(d, std::move(q));
    }
    auto run = [&](verbatim::quote_filter f) {
        std::ostringstream out;
        auto w = verbatim::make_filtered_writer(verbatim::make_quote_writer(verbatim::output_format::csv, out, dir), std::move(f), dir);
        for (auto const& [d, q] : docs) w->add(d, q);
        w->finish();
        auto s = out.str();
        return std::count(s.begin(), s.end(), '\n') - 1; // (rows, less the header)
    };
    verbatim::quote_filter since, until, direct, ostrova;
    since.since = "2024-04-01";
    until.until = "2024-04-01";
    direct.kinds = {verbatim::quote_kind::direct};
    CHECK(run({}) == 4);
    CHECK(run(since) == 2);
    CHECK(run(until) == 2);
    CHECK(run(direct) == 1);
    ostrova.speakers = [&] {
        std::set<std::string> ids;
        for (auto const& e : dir.entities())
            if (e.name == "Lena Ostrova") ids.insert(e.id);
        return ids;
    };
    CHECK(run(ostrova) == 3);
}

TEST_CASE("resolve: news outlets are media, kept apart from the bodies and people they report") {
    CHECK(only_speaker("Reuters reported that the talks had stalled.\n").kind == speaker_kind::media);
    CHECK(only_speaker("The Daily Courier reported that the bridge would open in May.\n").kind == speaker_kind::media);
    CHECK(only_speaker("The Interior Ministry said the border was closed.\n").kind == speaker_kind::organization);
    CHECK(only_speaker("Harbour Ferries Ltd said the service would resume.\n").kind != speaker_kind::media);
    // in the lists, the outlets come after the people, bodies and places
    auto a = article("m", "Mayor Lena Ostrova said the bridge would open in May. Reuters reported that the bridge was late. "
                          "Reuters said the cost had doubled. The Daily Courier reported that the mayor was wrong.\n");
    auto const s = text_lists(a);
    auto const mayor = s.find("\nLena Ostrova (person"), reuters = s.find("\nReuters (media)");
    REQUIRE(mayor != std::string::npos);
    REQUIRE(reuters != std::string::npos);
    CHECK(mayor < reuters); // (though Reuters is quoted more)
}

TEST_CASE("resolve: 'the court', 'the Foundation' is the body of that word the article named before") {
    CHECK(speaker_of_last("The Supreme Court of Norland heard the case on Monday.\n\n"
                          "The court said there was no credible evidence of fraud.\n") == "the Supreme Court of Norland");
    CHECK(speaker_of_last("The Harbour Science Foundation published the study.\n\n"
                          "The Foundation said the cases had risen.\n") == "the Harbour Science Foundation");
    // none named before: an unnamed source, as before
    CHECK(only_speaker("The court said there was no credible evidence of fraud.\n").kind == speaker_kind::unknown);
}

TEST_CASE("resolve: a body's spokesperson named before the noun speaks for the body") {
    auto sp = only_speaker("A Norland Police spokesman said the road was closed.\n");
    CHECK(sp.name == "Norland Police");
    CHECK(sp.kind == speaker_kind::organization);
}
