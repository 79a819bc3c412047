"""The held-out part of the German↔English bank (invented statements, written before any fix
of this round and never tuned against; no sentence comes from a data set or a news text).

It has the shape of :mod:`benchmarks.translation.de_en` — an English statement sentence, a
faithful German rendering and drifted ones with the edit kind expected — but other speakers,
topics and wordings, so that the bank can tell a rule that generalises from one fitted to the
original sentences.  ``python -m benchmarks.translation.bank`` reports it as its own part.
Besides numbers, negation, modality and names it has dates written as digits ("01.10.2023"),
ordinals, fractions ("zwei Drittel", "drei Viertel") and multiples ("verdreifachen").
"""

from __future__ import annotations

from benchmarks.translation.de_en import Pair

SPEAKERS: dict[str, list[Pair]] = {}

SPEAKERS["Lena Vogt"] = [  # head of a weather service
    Pair(
        "Last winter was the warmest since records began in 1881.",
        "Der letzte Winter war der wärmste seit Beginn der Aufzeichnungen im Jahr 1881.",
        (
            (
                "Der letzte Winter war der wärmste seit Beginn der Aufzeichnungen im Jahr 1818.",
                "number",
            ),
        ),
    ),
    Pair(
        "We expect up to 40 litres of rain per square metre on Thursday.",
        "Wir erwarten am Donnerstag bis zu 40 Liter Regen pro Quadratmeter.",
        (("Wir erwarten am Freitag bis zu 40 Liter Regen pro Quadratmeter.", "number"),),
    ),
    Pair(
        "The storm warning does not apply to the coast.",
        "Die Sturmwarnung gilt nicht für die Küste.",
        (("Die Sturmwarnung gilt auch für die Küste.", "negation"),),
    ),
    Pair(
        "Residents should avoid the forests until Sunday.",
        "Die Anwohner sollten die Wälder bis Sonntag meiden.",
        (("Die Anwohner müssen die Wälder bis Sonntag meiden.", "modality"),),
    ),
    Pair(
        "A quarter of our weather stations are more than fifty years old.",
        "Ein Viertel unserer Wetterstationen ist über fünfzig Jahre alt.",
        (("Drei Viertel unserer Wetterstationen sind über fünfzig Jahre alt.", "number"),),
    ),
    Pair(
        "The heat wave ended on 1 October 2023.",
        "Die Hitzewelle endete am 01.10.2023.",
        (("Die Hitzewelle endete am 01.11.2023.", "number"),),
    ),
    Pair(
        "Nobody was injured in Hamburg.",
        "In Hamburg wurde niemand verletzt.",
        (("In Bremen wurde niemand verletzt.", "entity"),),
    ),
    Pair(
        "The new radar in Munich cost 4.8 million euros.",
        "Das neue Radar in München hat 4,8 Millionen Euro gekostet.",
        (("Das neue Radar in München hat 8,4 Millionen Euro gekostet.", "number"),),
    ),
]

SPEAKERS["Tobias Brandt"] = [  # a university rector
    Pair(
        "The university will admit 1,200 new students in the autumn.",
        "Die Universität wird im Herbst 1.200 neue Studierende aufnehmen.",
        (("Die Universität wird im Herbst 2.100 neue Studierende aufnehmen.", "number"),),
    ),
    Pair(
        "Tuition fees will not be introduced.",
        "Studiengebühren werden nicht eingeführt.",
        (("Studiengebühren werden eingeführt.", "negation"),),
    ),
    Pair(
        "We can offer every first-year student a place in a hall of residence.",
        "Wir können jedem Erstsemester einen Platz im Wohnheim anbieten.",
        (("Wir müssen jedem Erstsemester einen Platz im Wohnheim anbieten.", "modality"),),
    ),
    Pair(
        "The new library opens on 15 April 2025.",
        "Die neue Bibliothek öffnet am 15. April 2025.",
        (("Die neue Bibliothek öffnet am 15. April 2026.", "number"),),
    ),
    Pair(
        "Two thirds of the lectures are held in person again.",
        "Zwei Drittel der Vorlesungen finden wieder in Präsenz statt.",
        (("Ein Drittel der Vorlesungen findet wieder in Präsenz statt.", "number"),),
    ),
    Pair(
        "Professor Nowak has never received money from industry.",
        "Professor Nowak hat nie Geld von der Industrie erhalten.",
        (
            ("Professor Lehmann hat nie Geld von der Industrie erhalten.", "entity"),
            ("Professor Nowak hat Geld von der Industrie erhalten.", "negation"),
        ),
    ),
    Pair(
        "It is the fifth time that our team has won the competition.",
        "Es ist das fünfte Mal, dass unser Team den Wettbewerb gewonnen hat.",
        (("Es ist das sechste Mal, dass unser Team den Wettbewerb gewonnen hat.", "number"),),
    ),
    Pair(
        "Research funding must double by 2030.",
        "Die Forschungsförderung muss sich bis 2030 verdoppeln.",
        (("Die Forschungsförderung muss sich bis 2030 verdreifachen.", "number"),),
    ),
]

SPEAKERS["Sofia Marquez"] = [  # head of an energy agency
    Pair(
        "Wind power covered 38 percent of demand in the first half of the year.",
        "Die Windkraft deckte im ersten Halbjahr 38 Prozent des Bedarfs.",
        (("Die Windkraft deckte im ersten Halbjahr 33 Prozent des Bedarfs.", "number"),),
    ),
    Pair(
        "We will not build any new coal plants.",
        "Wir werden keine neuen Kohlekraftwerke bauen.",
        (("Wir werden neue Kohlekraftwerke bauen.", "negation"),),
    ),
    Pair(
        "Households may have to pay more for gas next winter.",
        "Haushalte müssen im nächsten Winter möglicherweise mehr für Gas bezahlen.",
        (("Haushalte müssen im nächsten Winter mehr für Gas bezahlen.", "modality"),),
    ),
    Pair(
        "The grid operator in Norway has promised us two gigawatts.",
        "Der Netzbetreiber in Norwegen hat uns zwei Gigawatt zugesagt.",
        (("Der Netzbetreiber in Schweden hat uns zwei Gigawatt zugesagt.", "entity"),),
    ),
    Pair(
        "Electricity prices fell for the third month in a row.",
        "Die Strompreise sind den dritten Monat in Folge gefallen.",
        (("Die Strompreise sind den zweiten Monat in Folge gefallen.", "number"),),
    ),
    Pair(
        "Without new lines, the north cannot supply the south.",
        "Ohne neue Leitungen kann der Norden den Süden nicht versorgen.",
        (("Ohne neue Leitungen kann der Norden den Süden versorgen.", "negation"),),
    ),
    Pair(
        "The agency should publish its report before 30 June.",
        "Die Agentur sollte ihren Bericht vor dem 30. Juni veröffentlichen.",
        (("Die Agentur sollte ihren Bericht vor dem 30. Juli veröffentlichen.", "number"),),
    ),
    Pair(
        "Half a million homes now have solar panels on the roof.",
        "Eine halbe Million Wohnungen hat inzwischen Solarmodule auf dem Dach.",
        (("Eine Million Wohnungen hat inzwischen Solarmodule auf dem Dach.", "number"),),
    ),
]

SPEAKERS["Karim Haddad"] = [  # president of a football club
    Pair(
        "Coach Kowalski will stay until the end of the season.",
        "Trainer Kowalski bleibt bis zum Ende der Saison.",
        (("Trainer Schröder bleibt bis zum Ende der Saison.", "entity"),),
    ),
    Pair(
        "The stadium has room for 45,000 spectators.",
        "Das Stadion bietet Platz für 45.000 Zuschauer.",
        (("Das Stadion bietet Platz für 54.000 Zuschauer.", "number"),),
    ),
    Pair(
        "We will not sell our captain in the winter.",
        "Wir werden unseren Kapitän im Winter nicht verkaufen.",
        (("Wir werden unseren Kapitän im Winter verkaufen.", "negation"),),
    ),
    Pair(
        "The club must save twelve million euros.",
        "Der Verein muss zwölf Millionen Euro einsparen.",
        (
            ("Der Verein kann zwölf Millionen Euro einsparen.", "modality"),
            ("Der Verein muss zwanzig Millionen Euro einsparen.", "number"),
        ),
    ),
    Pair(
        "The match against Porto on 2 March is sold out.",
        "Das Spiel gegen Porto am 2. März ist ausverkauft.",
        (("Das Spiel gegen Lyon am 2. März ist ausverkauft.", "entity"),),
    ),
    Pair(
        "None of the players was involved in the incident.",
        "Keiner der Spieler war an dem Vorfall beteiligt.",
    ),
]
