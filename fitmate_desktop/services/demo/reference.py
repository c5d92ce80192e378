"""The demo gym's fixed facts: who it is and where, the demo sign-ins, how much history it
has, the plans and PT packages it sells, and the names its people are drawn from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

TIMEZONE = "Europe/Lisbon"
ZONE = ZoneInfo(TIMEZONE)
UTC = dt.UTC
SITE_CODE = "main"
GYM_NAME = "FitMate Alfama"
GYM_ADDRESS = "Rua dos Remédios 42, 1100-441 Lisboa, Portugal"
RECEIPT_FOOTER = (
    "Obrigado pela sua visita! Thank you for training with us.\n"
    "IVA incluído à taxa legal em vigor. Keep this receipt for your records."
)

ADMIN_EMAIL = "admin@fitmate.demo"
DESK_EMAIL = "desk@fitmate.demo"
TRAINER_EMAIL = "trainer@fitmate.demo"
SIGN_INS: tuple[tuple[str, str, str], ...] = (
    ("ADMIN", ADMIN_EMAIL, "Demo-Admin-2026!"),
    ("RECEPTION", DESK_EMAIL, "Demo-Desk-2026!"),
    ("TRAINER", TRAINER_EMAIL, "Demo-Trainer-2026!"),
)
PASSWORDS = {role: password for role, _, password in SIGN_INS}

HISTORY_DAYS = 730  # members joined over the last two years
VISIT_DAYS = 183  # six months of visits
VISITS_PER_MEMBER = 56  # over those six months (a few fall away): 100k members -> ~5M visits
OPEN_VISITS_MAX = 12  # "in the gym now" when the demo starts: a handful
VAT = Decimal("23.00")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Plan:
    """A membership plan of the demo gym, with the share of members who choose it."""

    name: str
    membership_type: str
    days: int
    price: Decimal
    share: float
    access: tuple[dt.time, dt.time] | None = None
    visits_per_week: int | None = None
    all_sites: bool = False
    features: tuple[str, ...] = ()
    description: str = ""

    @property
    def tax(self) -> Decimal:
        return PLAN_TAX[self.name]


PLANS: tuple[Plan, ...] = (
    Plan("Day Pass", "day", 1, Decimal("10.00"), 0.03,
          features=("Gym floor", "Changing rooms"), description="One visit, any time we're open."),
    Plan("Monthly Unlimited", "monthly", 30, Decimal("39.90"), 0.40,
          features=("Gym floor", "All classes", "Sauna"), description="Unlimited visits."),
    Plan("Off-Peak Monthly", "monthly", 30, Decimal("27.50"), 0.12,
          access=(dt.time(6, 0), dt.time(16, 0)), features=("Gym floor", "Daytime classes"),
          description="Visits 06:00-16:00 only."),
    Plan("Student Monthly", "monthly", 30, Decimal("24.90"), 0.10,
          features=("Gym floor", "All classes"), description="Valid student card required."),
    Plan("Quarterly", "quarterly", 90, Decimal("104.90"), 0.12,
          features=("Gym floor", "All classes", "Sauna", "1 free PT intro session")),
    Plan("Semi-Annual", "semiannual", 180, Decimal("194.00"), 0.06,
          features=("Gym floor", "All classes", "Sauna", "2 guest passes")),
    Plan("Annual", "annual", 365, Decimal("359.00"), 0.12, all_sites=True,
          features=("Gym floor", "All classes", "Sauna", "Towel service", "4 guest passes")),
    Plan("10-Visit Class Pack", "class_pack", 90, Decimal("75.00"), 0.05,
          features=("10 visits within 90 days",), description="Ten visits, valid 90 days."),
)  # fmt: skip
DAY, MONTHLY, OFFPEAK, STUDENT, CLASS_PACK = 0, 1, 2, 3, 7
PLAN_TAX = {p.name: (p.price * VAT / (100 + VAT)).quantize(CENT, ROUND_HALF_UP) for p in PLANS}
SWITCHABLE = (1, 2, 4, 5, 6)  # what members move to at a renewal


@dataclass(frozen=True)
class Package:
    """A personal-training package for sale."""

    name: str
    sessions: int
    validity_days: int
    minutes: int
    price: Decimal
    share: float
    features: tuple[str, ...]


PACKAGES: tuple[Package, ...] = (
    Package("PT Starter (5 x 45 min)", 5, 60, 45, Decimal("150.00"), 0.35,
             ("Initial assessment", "Training plan")),
    Package("PT Standard (10 x 60 min)", 10, 90, 60, Decimal("280.00"), 0.40,
             ("Initial assessment", "Training plan", "Monthly body composition")),
    Package("PT Intensive (20 x 60 min)", 20, 120, 60, Decimal("520.00"), 0.15,
             ("Initial assessment", "Training plan", "Diet plan", "Weekly check-in")),
    Package("PT Duo (10 x 60 min, two people)", 10, 90, 60, Decimal("380.00"), 0.10,
             ("Train with a friend", "Training plan")),
)  # fmt: skip


@dataclass(frozen=True)
class Origin:
    """Where a member's name comes from: given names, surnames, phone numbering."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    phones: tuple[str, ...]  # mobile numbers as people write them; "#" is a random digit
    share: float
    double_surname: float = 0.0


def words(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


PT_SURNAMES = words(
    "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, "
    "Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, "
    "Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, "
    "Coelho, Cruz, Cunha, Pires, Ramos, Reis, Simões, Antunes, Matos, Fonseca, Machado, Araújo, "
    "Barbosa, Tavares, Lourenço, Castro, Figueiredo, Azevedo, Freitas, Magalhães, Brandão, "
    "Baptista, Quintela, Loureiro, Valente, Sequeira, Abreu, Conceição, Gaspar, Esteves, Paiva, "
    "Amaral, Leitão, Seixas, Guerreiro, Mourão, Falcão, Brito, Sá"
)
PT_FEMALE = words(
    "Ana, Maria, Beatriz, Inês, Mariana, Joana, Catarina, Sofia, Rita, Sara, Carolina, Marta, "
    "Leonor, Matilde, Francisca, Raquel, Patrícia, Cláudia, Filipa, Diana, Teresa, Helena, "
    "Margarida, Daniela, Vera, Sónia, Andreia, Mafalda, Lúcia, Fátima, Isabel, Luísa, Madalena, "
    "Constança, Bárbara, Vitória, Alice, Clara, Ana Rita, Ana Sofia, Maria João, Ana Luísa"
)
PT_MALE = words(
    "João, José, António, Francisco, Pedro, Miguel, Tiago, Rui, Nuno, Ricardo, Paulo, Luís, "
    "Diogo, Gonçalo, Rodrigo, Afonso, Tomás, Duarte, Bruno, André, Hugo, Vasco, Martim, "
    "Henrique, Bernardo, Filipe, Sérgio, Carlos, Manuel, Jorge, Fernando, Rafael, Guilherme, "
    "Gabriel, Simão, Salvador, Lourenço, Vítor, Fábio, Márcio, João Pedro, José Miguel"
)

PT_PHONES = ("+351 91# ### ###", "+351 92# ### ###", "+351 93# ### ###", "+351 96# ### ###")
ORIGINS: tuple[Origin, ...] = (
    Origin(PT_FEMALE, PT_MALE, PT_SURNAMES, PT_PHONES, 0.70, double_surname=0.4),
    Origin(PT_FEMALE, PT_MALE, PT_SURNAMES, ("+55 11 9####-####",), 0.04),  # Brazil
    Origin(
        words("Lucía, Carmen, María José, Paula, Elena, Nuria, Irene, Alba, Rocío, Begoña"),
        words("Javier, Alejandro, Sergio, Álvaro, Pablo, Iñaki, Raúl, Adrián, Íñigo, Jesús"),
        words("García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Núñez, "
           "Muñoz, Jiménez, Ibáñez, Peña, Castaño, Ortiz"),
        ("+34 6## ### ###",), 0.05, double_surname=0.7,
    ),
    Origin(
        words("Camille, Léa, Chloé, Manon, Inès, Élodie, Amélie, Margaux, Océane, Hélène"),
        words("Lucas, Hugo, Théo, Mathéo, Louis, Noé, Antoine, Jérôme, François, Benoît"),
        words("Dubois, Martin, Bernard, Lefèvre, Moreau, Laurent, Girard, Rousseau, Fontaine, "
           "Chevalier, Lemaître, Bézier"),
        ("+33 6 ## ## ## ##", "+33 7 ## ## ## ##"), 0.04,
    ),
    Origin(
        words("Zoë, Anna, Lena, Katharina, Sophie, Franziska, Lisa, Jördis, Hannah"),
        words("Jürgen, Lukas, Maximilian, Jonas, Felix, Tobias, Matthias, Stefan, Björn"),
        words("Müller, Schmidt, Schneider, Fischer, Weiß, Schäfer, Köhler, Groß, Bräuer, "
           "Hoffmann, Wagner, Becker, Krüger"),
        ("+49 151 ########", "+49 160 #######", "+49 170 #######", "+49 176 ########"), 0.04,
    ),
    Origin(
        words("Giulia, Chiara, Francesca, Alessia, Martina, Sara, Beatrice, Ilaria"),
        words("Marco, Luca, Matteo, Alessandro, Davide, Niccolò, Andrea, Gianluca"),
        words("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, De Luca"),
        ("+39 320 ### ####", "+39 333 ### ####", "+39 347 ### ####"), 0.04,
    ),
    Origin(
        words("Siobhán, Aoife, Niamh, Saoirse, Caoimhe, Róisín, Orla, Emily, Charlotte"),
        words("Seán, Cian, Oisín, Darragh, Pádraig, Eoin, Ciarán, Oliver, James"),
        words("Ó Briain, Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Connor, Mac Giolla, "
           "Ó Súilleabháin, Smith, Taylor"),
        ("+353 83 ### ####", "+353 85 ### ####", "+353 86 ### ####", "+353 87 ### ####"), 0.04,
    ),
    Origin(
        words("Małgorzata, Zofia, Agnieszka, Katarzyna, Ingrid, Astrid, Sigrid, Freja, Femke"),
        words("Łukasz, Paweł, Krzysztof, Michał, Søren, Bjørn, Lars, Magnus, Åke, Daan"),
        words("Nowak, Wójcik, Kowalczyk, Mazur, Krawczyk, Johansson, Andersen, Sørensen, "
           "Lindqvist, Håkansson, de Vries, van Dijk"),
        ("+46 70 ### ## ##", "+46 72 ### ## ##", "+46 73 ### ## ##"), 0.05,
    ),
)  # fmt: skip
