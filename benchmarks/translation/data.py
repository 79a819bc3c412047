# ruff: noqa: E501  (sentences are data: one per line reads better than wrapped strings)
"""A bilingual benchmark set written for quotecheck (no sentence comes from any data set).

Four made-up primary sources in English, each a list of statement sentences.  Every sentence has
a faithful German and French translation; many have altered translations (a changed number,
a dropped or added negation, a swapped name, a changed modal) and some a quoted fragment.
``PARAPHRASES`` holds same-language rewordings and topic-matched inventions for the
paraphrase/fabrication threshold.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One English source sentence and its quotes in other languages."""

    en: str
    de: str
    fr: str
    altered: tuple[tuple[str, str, str], ...] = ()
    """(language, quote, edit kind expected)."""
    fragments: tuple[tuple[str, str, str], ...] = ()
    """(language, quote, the English words it translates)."""


# Quotes that translate nothing in the sources (same topics, other claims).
UNRELATED: list[tuple[str, str]] = [
    ("de", "Das Opernhaus bekommt eine neue Orgel aus Leipzig."),
    ("de", "Die Fußballmannschaft hat am Samstag ihr drittes Spiel verloren."),
    ("de", "Wir haben ein Abkommen über Fischereirechte in der Arktis unterzeichnet."),
    ("de", "Der Zoo zeigt ab Juli zwei junge Pandas aus China."),
    ("fr", "Le musée exposera des tableaux de Vermeer jusqu'en mars."),
    ("fr", "Le festival de jazz attire chaque année des milliers de visiteurs."),
    ("fr", "Les agriculteurs demandent une baisse du prix des engrais."),
    ("fr", "La bibliothèque nationale numérise ses manuscrits médiévaux."),
]


SOURCES: dict[str, tuple[str, list[Item]]] = {}

SOURCES["transport"] = (
    "Eva Lindholm",
    [
        Item(
            "The city will not close the eastern tram depot before the winter.",
            "Die Stadt wird das östliche Straßenbahndepot vor dem Winter nicht schließen.",
            "La ville ne fermera pas le dépôt de tramways de l'est avant l'hiver.",
            altered=(
                (
                    "de",
                    "Die Stadt wird das östliche Straßenbahndepot vor dem Winter schließen.",
                    "negation",
                ),
            ),
        ),
        Item(
            "We will buy 24 electric buses for the airport line next year.",
            "Wir werden im nächsten Jahr 24 Elektrobusse für die Flughafenlinie kaufen.",
            "Nous achèterons l'année prochaine 24 bus électriques pour la ligne de l'aéroport.",
            altered=(
                (
                    "fr",
                    "Nous achèterons l'année prochaine 42 bus électriques pour la ligne de l'aéroport.",
                    "number",
                ),
            ),
            fragments=(
                (
                    "de",
                    "24 Elektrobusse für die Flughafenlinie",
                    "24 electric buses for the airport line",
                ),
            ),
        ),
        Item(
            "Ticket prices must stay below three euros for students.",
            "Die Fahrpreise müssen für Studierende unter drei Euro bleiben.",
            "Les prix des billets doivent rester inférieurs à trois euros pour les étudiants.",
            altered=(
                (
                    "de",
                    "Die Fahrpreise könnten für Studierende unter drei Euro bleiben.",
                    "modality",
                ),
            ),
        ),
        Item(
            "Mayor Santos opened the new bridge over the Alder river on Tuesday.",
            "Bürgermeisterin Santos eröffnete am Dienstag die neue Brücke über den Fluss Alder.",
            "La maire Santos a inauguré mardi le nouveau pont sur la rivière Alder.",
            altered=(
                (
                    "de",
                    "Bürgermeisterin Okafor eröffnete am Dienstag die neue Brücke über den Fluss Alder.",
                    "entity",
                ),
                (
                    "fr",
                    "La maire Santos a inauguré mardi le nouveau pont sur la rivière Tamise.",
                    "entity",
                ),
            ),
        ),
        Item(
            "The night trains to Vienna carried 18 percent more passengers this summer.",
            "Die Nachtzüge nach Wien beförderten in diesem Sommer 18 Prozent mehr Fahrgäste.",
            "Les trains de nuit vers Vienne ont transporté 18 % de passagers en plus cet été.",
            altered=(
                (
                    "de",
                    "Die Nachtzüge nach Wien beförderten in diesem Sommer 28 Prozent mehr Fahrgäste.",
                    "number",
                ),
            ),
        ),
        Item(
            "Cyclists should never ride on the pavement in the old town.",
            "Radfahrer sollten in der Altstadt niemals auf dem Gehweg fahren.",
            "Les cyclistes ne devraient jamais rouler sur le trottoir dans la vieille ville.",
            altered=(
                (
                    "fr",
                    "Les cyclistes devraient toujours rouler sur le trottoir dans la vieille ville.",
                    "negation",
                ),
            ),
        ),
        Item(
            "Our engineers found no cracks in the tunnel walls.",
            "Unsere Ingenieure haben keine Risse in den Tunnelwänden gefunden.",
            "Nos ingénieurs n'ont trouvé aucune fissure dans les parois du tunnel.",
            fragments=(
                ("fr", "aucune fissure dans les parois du tunnel", "no cracks in the tunnel walls"),
            ),
        ),
        Item(
            "The ferry service to the islands may resume in April if the weather allows it.",
            "Der Fährbetrieb zu den Inseln kann im April wieder aufgenommen werden, wenn das Wetter es zulässt.",
            "Le service de ferry vers les îles pourra reprendre en avril si le temps le permet.",
            altered=(
                (
                    "de",
                    "Der Fährbetrieb zu den Inseln muss im April wieder aufgenommen werden, wenn das Wetter es zulässt.",
                    "modality",
                ),
            ),
        ),
        Item(
            "Parking fees in the centre will rise by 50 cents an hour.",
            "Die Parkgebühren im Zentrum steigen um 50 Cent pro Stunde.",
            "Les tarifs de stationnement dans le centre augmenteront de 50 centimes par heure.",
            altered=(
                (
                    "fr",
                    "Les tarifs de stationnement dans le centre augmenteront de 80 centimes par heure.",
                    "number",
                ),
            ),
        ),
    ],
)

SOURCES["health"] = (
    "Dr. Amara Nwosu",
    [
        Item(
            "The hospital in Kestrel Bay has treated 1,200 patients since the flood.",
            "Das Krankenhaus in Kestrel Bay hat seit der Flut 1.200 Patienten behandelt.",
            "L'hôpital de Kestrel Bay a soigné 1 200 patients depuis l'inondation.",
            altered=(
                (
                    "de",
                    "Das Krankenhaus in Kestrel Bay hat seit der Flut 2.100 Patienten behandelt.",
                    "number",
                ),
                (
                    "fr",
                    "L'hôpital de Port Denby a soigné 1 200 patients depuis l'inondation.",
                    "entity",
                ),
            ),
        ),
        Item(
            "The vaccine is safe for children over five years old.",
            "Der Impfstoff ist für Kinder über fünf Jahren sicher.",
            "Le vaccin est sûr pour les enfants de plus de cinq ans.",
            altered=(
                ("de", "Der Impfstoff ist für Kinder über fünf Jahren nicht sicher.", "negation"),
            ),
        ),
        Item(
            "Nobody was turned away from the emergency ward during the strike.",
            "Während des Streiks wurde niemand von der Notaufnahme abgewiesen.",
            "Personne n'a été refoulé des urgences pendant la grève.",
        ),
        Item(
            "We must hire at least 300 nurses before the end of the year.",
            "Wir müssen vor Jahresende mindestens 300 Pflegekräfte einstellen.",
            "Nous devons embaucher au moins 300 infirmières avant la fin de l'année.",
            altered=(
                (
                    "fr",
                    "Nous pourrions embaucher au moins 300 infirmières avant la fin de l'année.",
                    "modality",
                ),
                (
                    "de",
                    "Wir müssen vor Jahresende mindestens 30 Pflegekräfte einstellen.",
                    "number",
                ),
            ),
        ),
        Item(
            "Professor Ilves will lead the new research centre in Tartu.",
            "Professorin Ilves wird das neue Forschungszentrum in Tartu leiten.",
            "La professeure Ilves dirigera le nouveau centre de recherche à Tartu.",
            altered=(
                (
                    "de",
                    "Professorin Ilves wird das neue Forschungszentrum in Riga leiten.",
                    "entity",
                ),
            ),
        ),
        Item(
            "Waiting times for surgery fell from nine weeks to six weeks.",
            "Die Wartezeiten für Operationen sind von neun auf sechs Wochen gesunken.",
            "Les délais d'attente pour une opération sont passés de neuf à six semaines.",
            altered=(
                (
                    "fr",
                    "Les délais d'attente pour une opération sont passés de neuf à six mois.",
                    "number",
                ),
            ),
        ),
        Item(
            "The clinic cannot offer evening appointments until more doctors join.",
            "Die Klinik kann keine Abendtermine anbieten, bis weitere Ärzte dazukommen.",
            "La clinique ne peut pas proposer de rendez-vous le soir avant l'arrivée de nouveaux médecins.",
            fragments=(("de", "keine Abendtermine anbieten", "cannot offer evening appointments"),),
        ),
        Item(
            "Masks are no longer required in pharmacies.",
            "In Apotheken sind Masken nicht mehr vorgeschrieben.",
            "Les masques ne sont plus obligatoires dans les pharmacies.",
            altered=(("de", "In Apotheken sind Masken weiterhin vorgeschrieben.", "negation"),),
        ),
        Item(
            "The ministry spent 4.2 million euros on new ambulances.",
            "Das Ministerium hat 4,2 Millionen Euro für neue Krankenwagen ausgegeben.",
            "Le ministère a dépensé 4,2 millions d'euros pour de nouvelles ambulances.",
            altered=(
                (
                    "de",
                    "Das Ministerium hat 4,2 Milliarden Euro für neue Krankenwagen ausgegeben.",
                    "number",
                ),
            ),
        ),
    ],
)

SOURCES["energy"] = (
    "Jonas Eriksen",
    [
        Item(
            "The wind farm off Skagen produces enough power for 90,000 homes.",
            "Der Windpark vor Skagen erzeugt genug Strom für 90.000 Haushalte.",
            "Le parc éolien au large de Skagen produit assez d'électricité pour 90 000 foyers.",
            altered=(
                (
                    "fr",
                    "Le parc éolien au large de Skagen produit assez d'électricité pour 60 000 foyers.",
                    "number",
                ),
            ),
        ),
        Item(
            "We will not build another coal plant in this country.",
            "Wir werden in diesem Land kein weiteres Kohlekraftwerk bauen.",
            "Nous ne construirons pas d'autre centrale à charbon dans ce pays.",
            altered=(
                ("de", "Wir werden in diesem Land ein weiteres Kohlekraftwerk bauen.", "negation"),
                ("fr", "Nous construirons une autre centrale à charbon dans ce pays.", "negation"),
            ),
        ),
        Item(
            "Electricity prices could fall by a tenth next spring.",
            "Die Strompreise könnten im nächsten Frühjahr um ein Zehntel sinken.",
            "Les prix de l'électricité pourraient baisser d'un dixième au printemps prochain.",
            altered=(
                (
                    "de",
                    "Die Strompreise müssen im nächsten Frühjahr um ein Zehntel sinken.",
                    "modality",
                ),
            ),
        ),
        Item(
            "Minister Halvorsen signed the pipeline agreement with Poland in Warsaw.",
            "Minister Halvorsen unterzeichnete das Pipeline-Abkommen mit Polen in Warschau.",
            "Le ministre Halvorsen a signé l'accord sur le gazoduc avec la Pologne à Varsovie.",
            altered=(
                (
                    "de",
                    "Minister Halvorsen unterzeichnete das Pipeline-Abkommen mit Litauen in Warschau.",
                    "entity",
                ),
                (
                    "fr",
                    "Le ministre Lindqvist a signé l'accord sur le gazoduc avec la Pologne à Varsovie.",
                    "entity",
                ),
            ),
        ),
        Item(
            "Solar panels now cover 35 percent of public roofs.",
            "Solaranlagen bedecken inzwischen 35 Prozent der öffentlichen Dächer.",
            "Les panneaux solaires couvrent désormais 35 % des toits publics.",
            altered=(
                (
                    "de",
                    "Solaranlagen bedecken inzwischen 53 Prozent der öffentlichen Dächer.",
                    "number",
                ),
            ),
        ),
        Item(
            "Households should lower their heating by one degree this winter.",
            "Die Haushalte sollten ihre Heizung in diesem Winter um ein Grad senken.",
            "Les ménages devraient baisser leur chauffage d'un degré cet hiver.",
        ),
        Item(
            "The grid operator has never lost power in the capital for more than an hour.",
            "Der Netzbetreiber hat in der Hauptstadt nie länger als eine Stunde den Strom verloren.",
            "L'opérateur du réseau n'a jamais perdu le courant dans la capitale pendant plus d'une heure.",
            altered=(
                (
                    "fr",
                    "L'opérateur du réseau a souvent perdu le courant dans la capitale pendant plus d'une heure.",
                    "negation",
                ),
            ),
        ),
        Item(
            "The new battery factory in Narvik will employ 700 people.",
            "Die neue Batteriefabrik in Narvik wird 700 Menschen beschäftigen.",
            "La nouvelle usine de batteries de Narvik emploiera 700 personnes.",
            altered=(
                (
                    "de",
                    "Die neue Batteriefabrik in Narvik wird 1.700 Menschen beschäftigen.",
                    "number",
                ),
            ),
            fragments=(
                (
                    "fr",
                    "la nouvelle usine de batteries de Narvik",
                    "The new battery factory in Narvik",
                ),
            ),
        ),
        Item(
            "Gas reserves are full and there is no reason to panic.",
            "Die Gasspeicher sind voll und es gibt keinen Grund zur Panik.",
            "Les réserves de gaz sont pleines et il n'y a aucune raison de paniquer.",
            fragments=(("de", "keinen Grund zur Panik", "no reason to panic"),),
        ),
    ],
)

SOURCES["schools"] = (
    "Clara Weissmann",
    [
        Item(
            "Every primary school will get a library by 2028.",
            "Jede Grundschule wird bis 2028 eine Bibliothek bekommen.",
            "Chaque école primaire aura une bibliothèque d'ici 2028.",
            altered=(("de", "Jede Grundschule wird bis 2030 eine Bibliothek bekommen.", "number"),),
        ),
        Item(
            "Teachers will not lose their jobs because of the reform.",
            "Lehrer werden wegen der Reform ihre Stelle nicht verlieren.",
            "Les enseignants ne perdront pas leur emploi à cause de la réforme.",
            altered=(
                ("fr", "Les enseignants perdront leur emploi à cause de la réforme.", "negation"),
            ),
        ),
        Item(
            "Pupils may use their phones only during the lunch break.",
            "Schüler dürfen ihre Handys nur in der Mittagspause benutzen.",
            "Les élèves peuvent utiliser leur téléphone uniquement pendant la pause de midi.",
            altered=(
                ("de", "Schüler müssen ihre Handys nur in der Mittagspause benutzen.", "modality"),
            ),
        ),
        Item(
            "The state will pay for free lunches in 450 schools.",
            "Der Staat wird in 450 Schulen kostenlose Mittagessen bezahlen.",
            "L'État paiera des repas gratuits dans 450 écoles.",
            altered=(("fr", "L'État paiera des repas gratuits dans 540 écoles.", "number"),),
        ),
        Item(
            "Director Adeyemi presented the new curriculum in Lagos last week.",
            "Direktorin Adeyemi stellte den neuen Lehrplan letzte Woche in Lagos vor.",
            "La directrice Adeyemi a présenté le nouveau programme à Lagos la semaine dernière.",
            altered=(
                (
                    "de",
                    "Direktorin Mensah stellte den neuen Lehrplan letzte Woche in Lagos vor.",
                    "entity",
                ),
            ),
        ),
        Item(
            "No school in the district has enough heating oil for January.",
            "Keine Schule im Bezirk hat genug Heizöl für Januar.",
            "Aucune école du district n'a assez de fioul pour janvier.",
            altered=(("de", "Jede Schule im Bezirk hat genug Heizöl für Januar.", "negation"),),
        ),
        Item(
            "Classes must not have more than 25 children.",
            "Klassen dürfen nicht mehr als 25 Kinder haben.",
            "Les classes ne doivent pas compter plus de 25 enfants.",
            altered=(("fr", "Les classes ne doivent pas compter plus de 35 enfants.", "number"),),
        ),
        Item(
            "The university in Ghent has doubled its grants for foreign students.",
            "Die Universität in Gent hat ihre Stipendien für ausländische Studierende verdoppelt.",
            "L'université de Gand a doublé ses bourses pour les étudiants étrangers.",
            fragments=(
                (
                    "de",
                    "ihre Stipendien für ausländische Studierende verdoppelt",
                    "doubled its grants for foreign students",
                ),
            ),
        ),
        Item(
            "Parents can register their children online from Monday.",
            "Eltern können ihre Kinder ab Montag online anmelden.",
            "Les parents peuvent inscrire leurs enfants en ligne à partir de lundi.",
            altered=(
                (
                    "fr",
                    "Les parents doivent inscrire leurs enfants en ligne à partir de lundi.",
                    "modality",
                ),
            ),
        ),
    ],
)

# (English source sentence, same-language rewording, topic-matched invention)
PARAPHRASES: list[tuple[str, str, str]] = [
    (
        "The city will not close the eastern tram depot before the winter.",
        "The eastern tram depot is staying open until winter comes, the city says.",
        "The city will open a second tram depot in the western suburbs.",
    ),
    (
        "We will buy 24 electric buses for the airport line next year.",
        "Next year the airport route gets two dozen new battery-powered buses.",
        "Diesel buses will keep serving the airport for another decade.",
    ),
    (
        "Cyclists should never ride on the pavement in the old town.",
        "In the historic centre, bikes ought to stay off the footpaths at all times.",
        "The old town will get new cycle lanes along the river next year.",
    ),
    (
        "The hospital in Kestrel Bay has treated 1,200 patients since the flood.",
        "Since the flooding, some 1,200 people have received care at the Kestrel Bay hospital.",
        "The hospital in Kestrel Bay is closing its maternity ward after the flood.",
    ),
    (
        "We must hire at least 300 nurses before the end of the year.",
        "By December we need no fewer than 300 additional nurses on staff.",
        "Nurses will get a pay rise of five percent in the spring.",
    ),
    (
        "Waiting times for surgery fell from nine weeks to six weeks.",
        "Patients now wait six weeks for an operation instead of nine.",
        "Surgeons are threatening to strike over their working hours.",
    ),
    (
        "We will not build another coal plant in this country.",
        "This country will see no new coal-fired power stations from us.",
        "Our coal plants will be converted to burn wood pellets.",
    ),
    (
        "Electricity prices could fall by a tenth next spring.",
        "Power bills might drop ten percent when spring arrives.",
        "Electricity companies reported record profits this spring.",
    ),
    (
        "The new battery factory in Narvik will employ 700 people.",
        "Seven hundred workers are to find jobs at Narvik's new battery plant.",
        "Narvik will host a conference on battery recycling in May.",
    ),
    (
        "Teachers will not lose their jobs because of the reform.",
        "The reform will cost no teacher their position.",
        "Teachers will have to retrain in digital skills under the reform.",
    ),
    (
        "Pupils may use their phones only during the lunch break.",
        "Phones are allowed for pupils at lunchtime and at no other time.",
        "Pupils will receive free tablets from the school next term.",
    ),
    (
        "Parents can register their children online from Monday.",
        "From Monday, online registration for children opens to parents.",
        "Parents complained about the new school bus timetable on Monday.",
    ),
]
