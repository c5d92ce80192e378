"""Domain 5, nutrition and wellness: diet plans, food logs, progress photos."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, Index, Integer, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column

from fitmate_desktop.models.base import ArchiveMixin, Base, IdMixin, TimestampMixin
from fitmate_desktop.models.columns import fk, jsonb, text_col, trainer_fk


class DietPlan(IdMixin, TimestampMixin, ArchiveMixin, Base):
    """A personal diet plan: daily targets and meals as JSON."""

    __tablename__ = "diet_plans"

    trainee_id: Mapped[int] = fk("trainees.id")
    trainer_id: Mapped[uuid.UUID | None] = trainer_fk(nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    daily_calories: Mapped[int | None] = mapped_column(Integer)
    protein_g: Mapped[int | None] = mapped_column(Integer)
    carbs_g: Mapped[int | None] = mapped_column(Integer)
    fat_g: Mapped[int | None] = mapped_column(Integer)
    plan_json: Mapped[Any] = jsonb()
    starts_on: Mapped[dt.date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))

    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint(
            "(daily_calories IS NULL OR daily_calories >= 0)"
            " AND (protein_g IS NULL OR protein_g >= 0)"
            " AND (carbs_g IS NULL OR carbs_g >= 0)"
            " AND (fat_g IS NULL OR fat_g >= 0)",
            name="targets_non_negative",
        ),
    )


class NutritionLog(IdMixin, TimestampMixin, Base):
    """What a member ate: one food item with calories, macros and how sure the estimate is."""

    __tablename__ = "nutrition_logs"

    trainee_id: Mapped[int] = fk("trainees.id", index=False)
    logged_on: Mapped[dt.date] = mapped_column(Date)
    meal_type: Mapped[str] = mapped_column(String(16))
    food_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[str | None] = mapped_column(String(64))
    calories: Mapped[int] = mapped_column(Integer)
    protein_g: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    carbs_g: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    fat_g: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    source: Mapped[str] = mapped_column(String(16), server_default="manual")
    recorded_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)

    __table_args__ = (
        Index("ix_nutrition_logs_trainee_day", "trainee_id", "logged_on"),
        CheckConstraint(
            "meal_type IN ('breakfast','lunch','dinner','snack','other')", name="meal_type_valid"
        ),
        CheckConstraint("calories >= 0", name="calories_non_negative"),
        CheckConstraint(
            "(protein_g IS NULL OR protein_g >= 0) AND (carbs_g IS NULL OR carbs_g >= 0)"
            " AND (fat_g IS NULL OR fat_g >= 0)",
            name="macros_non_negative",
        ),
        CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 0 AND 1", name="confidence_range"
        ),
    )


class ProgressPhoto(IdMixin, TimestampMixin, ArchiveMixin, Base):
    """A before/after/progress photo of a member (the file lives in the gym's photo store)."""

    __tablename__ = "progress_photos"

    trainee_id: Mapped[int] = fk("trainees.id")
    taken_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16), server_default="progress")
    pose: Mapped[str] = mapped_column(String(16), server_default="front")
    file_path: Mapped[str] = text_col(nullable=False)
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = text_col()
    uploaded_by_id: Mapped[int | None] = fk("users.id", nullable=True, index=False)

    __table_args__ = (
        CheckConstraint("kind IN ('before','after','progress')", name="kind_valid"),
        CheckConstraint("pose IN ('front','side','back','other')", name="pose_valid"),
    )
