# GENERATED from ui/member_erase_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberEraseDialog(object):
    def setupUi(self, MemberEraseDialog):
        if not MemberEraseDialog.objectName():
            MemberEraseDialog.setObjectName(u"MemberEraseDialog")
        self.dialogLayout = QVBoxLayout(MemberEraseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.titleLabel = QLabel(MemberEraseDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MemberEraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.blockersLabel = QLabel(MemberEraseDialog)
        self.blockersLabel.setObjectName(u"blockersLabel")
        self.blockersLabel.setWordWrap(True)
        self.blockersLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.blockersLabel)

        self.previewRow = QHBoxLayout()
        self.previewRow.setSpacing(24)
        self.previewRow.setObjectName(u"previewRow")
        self.removedColumn = QVBoxLayout()
        self.removedColumn.setSpacing(6)
        self.removedColumn.setObjectName(u"removedColumn")
        self.removedTitle = QLabel(MemberEraseDialog)
        self.removedTitle.setObjectName(u"removedTitle")
        self.removedTitle.setProperty(u"role", u"section")

        self.removedColumn.addWidget(self.removedTitle)

        self.removedList = QLabel(MemberEraseDialog)
        self.removedList.setObjectName(u"removedList")
        self.removedList.setWordWrap(True)
        self.removedList.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.removedList.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.removedColumn.addWidget(self.removedList)

        self.removedEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.removedColumn.addItem(self.removedEnd)


        self.previewRow.addLayout(self.removedColumn)

        self.keptColumn = QVBoxLayout()
        self.keptColumn.setSpacing(6)
        self.keptColumn.setObjectName(u"keptColumn")
        self.keptTitle = QLabel(MemberEraseDialog)
        self.keptTitle.setObjectName(u"keptTitle")
        self.keptTitle.setProperty(u"role", u"section")

        self.keptColumn.addWidget(self.keptTitle)

        self.keptList = QLabel(MemberEraseDialog)
        self.keptList.setObjectName(u"keptList")
        self.keptList.setWordWrap(True)
        self.keptList.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.keptList.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keptColumn.addWidget(self.keptList)

        self.keptEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keptColumn.addItem(self.keptEnd)


        self.previewRow.addLayout(self.keptColumn)


        self.dialogLayout.addLayout(self.previewRow)

        self.eraseForm = QFormLayout()
        self.eraseForm.setObjectName(u"eraseForm")
        self.eraseForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.eraseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.eraseForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.eraseForm.setHorizontalSpacing(18)
        self.eraseForm.setVerticalSpacing(6)
        self.reasonKey = QLabel(MemberEraseDialog)
        self.reasonKey.setObjectName(u"reasonKey")

        self.eraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonKey)

        self.reasonEdit = QLineEdit(MemberEraseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)
        self.reasonEdit.setProperty(u"field", True)

        self.eraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(MemberEraseDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"fieldError")

        self.eraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.confirmKey = QLabel(MemberEraseDialog)
        self.confirmKey.setObjectName(u"confirmKey")

        self.eraseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmKey)

        self.confirmEdit = QLineEdit(MemberEraseDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setMaxLength(40)
        self.confirmEdit.setProperty(u"field", True)

        self.eraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.confirmHint = QLabel(MemberEraseDialog)
        self.confirmHint.setObjectName(u"confirmHint")
        self.confirmHint.setWordWrap(True)
        self.confirmHint.setProperty(u"role", u"muted")

        self.eraseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmHint)

        self.confirmError = QLabel(MemberEraseDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setProperty(u"role", u"fieldError")

        self.eraseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.dialogLayout.addLayout(self.eraseForm)

        self.formError = QLabel(MemberEraseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.statusLabel = QLabel(MemberEraseDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MemberEraseDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.eraseButton = QPushButton(MemberEraseDialog)
        self.eraseButton.setObjectName(u"eraseButton")
        self.eraseButton.setEnabled(False)

        self.buttonRow.addWidget(self.eraseButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.reasonKey.setBuddy(self.reasonEdit)
        self.confirmKey.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.eraseButton)
        QWidget.setTabOrder(self.eraseButton, self.cancelButton)

        self.retranslateUi(MemberEraseDialog)

        QMetaObject.connectSlotsByName(MemberEraseDialog)
    # setupUi

    def retranslateUi(self, MemberEraseDialog):
        MemberEraseDialog.setWindowTitle(QCoreApplication.translate("MemberEraseDialog", u"Erase member", None))
        self.titleLabel.setText(QCoreApplication.translate("MemberEraseDialog", u"Erase a member\u2019s personal data", None))
        self.removedTitle.setText(QCoreApplication.translate("MemberEraseDialog", u"Removed for good", None))
        self.keptTitle.setText(QCoreApplication.translate("MemberEraseDialog", u"Kept, without personal details", None))
        self.reasonKey.setText(QCoreApplication.translate("MemberEraseDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("MemberEraseDialog", u"Reason for the erasure", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MemberEraseDialog", u"Required \u2014 e.g. erasure requested in writing on 8 Dec", None))
        self.confirmKey.setText(QCoreApplication.translate("MemberEraseDialog", u"&Confirm", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("MemberEraseDialog", u"Type the confirmation text", None))
#endif // QT_CONFIG(accessibility)
        self.confirmEdit.setPlaceholderText("")
        self.cancelButton.setText(QCoreApplication.translate("MemberEraseDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MemberEraseDialog", u"Close without erasing anything (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.eraseButton.setText(QCoreApplication.translate("MemberEraseDialog", u"Erase permanently", None))
#if QT_CONFIG(tooltip)
        self.eraseButton.setToolTip(QCoreApplication.translate("MemberEraseDialog", u"Erase this member\u2019s personal data. It cannot be undone.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
