"""SQLAlchemy models: the 32 seed entities plus sites, workstations, receipts, the audit log."""

from fitmate_desktop.models.base import Base
from fitmate_desktop.models.billing import (
    CashUpCount,
    CashUpRecord,
    Expense,
    Membership,
    MembershipPlan,
    Payment,
    ReceiptCounter,
    TrainerRevenue,
)
from fitmate_desktop.models.communication import (
    Equipment,
    GymScheduleSlot,
    Message,
    Notification,
    TrainerMessage,
)
from fitmate_desktop.models.identity import (
    AdminOTP,
    AdminSession,
    AdminSettings,
    AuditLog,
    GymSite,
    User,
    UserRole,
    Workstation,
)
from fitmate_desktop.models.nutrition import DietPlan, NutritionLog, ProgressPhoto
from fitmate_desktop.models.trainees import (
    Attendance,
    Measurement,
    MemberPhoto,
    ProgressMeasurement,
    Trainee,
)
from fitmate_desktop.models.trainers import (
    Trainer,
    TrainerAttendance,
    TrainerDocument,
    TrainerLeave,
    TrainerSalary,
    TrainerSchedule,
)
from fitmate_desktop.models.training import AIReport, PTPackage, PTSession, Workout, WorkoutPlan

# Objects made by hand in migrations that the metadata cannot describe (alembic check skips them).
ALEMBIC_IGNORE: set[str] = set()

SEED_ENTITIES = (
    User, AdminSession, AdminOTP, AdminSettings,
    Trainer, TrainerSchedule, TrainerAttendance, TrainerSalary, TrainerDocument, TrainerLeave,
    Trainee, Measurement, ProgressMeasurement, Attendance,
    WorkoutPlan, Workout, PTPackage, PTSession, AIReport,
    DietPlan, NutritionLog, ProgressPhoto,
    Payment, Membership, MembershipPlan, TrainerRevenue, Expense,
    Message, TrainerMessage, Notification, Equipment, GymScheduleSlot,
)  # fmt: skip

__all__ = [cls.__name__ for cls in SEED_ENTITIES] + [
    "ALEMBIC_IGNORE",
    "AuditLog",
    "Base",
    "CashUpCount",
    "CashUpRecord",
    "GymSite",
    "MemberPhoto",
    "ReceiptCounter",
    "UserRole",
    "Workstation",
]
