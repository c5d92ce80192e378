# GENERATED from ui/member_form_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_MemberFormDialog(object):
    def setupUi(self, MemberFormDialog):
        if not MemberFormDialog.objectName():
            MemberFormDialog.setObjectName(u"MemberFormDialog")
        self.dialogLayout = QVBoxLayout(MemberFormDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(MemberFormDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"h2")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.codeLabel = QLabel(MemberFormDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty(u"role", u"muted")

        self.headerRow.addWidget(self.codeLabel)


        self.dialogLayout.addLayout(self.headerRow)

        self.formError = QLabel(MemberFormDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.pages = QStackedWidget(MemberFormDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formColumns = QHBoxLayout(self.formPage)
        self.formColumns.setSpacing(32)
        self.formColumns.setObjectName(u"formColumns")
        self.formColumns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(0)
        self.leftColumn.setObjectName(u"leftColumn")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.personForm.setHorizontalSpacing(14)
        self.personForm.setVerticalSpacing(5)
        self.nameKey = QLabel(self.formPage)
        self.nameKey.setObjectName(u"nameKey")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKey)

        self.nameEdit = QLineEdit(self.formPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)
        self.nameEdit.setProperty(u"field", True)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.formPage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailKey = QLabel(self.formPage)
        self.emailKey.setObjectName(u"emailKey")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailKey)

        self.emailEdit = QLineEdit(self.formPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)
        self.emailEdit.setProperty(u"field", True)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.formPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneKey = QLabel(self.formPage)
        self.phoneKey.setObjectName(u"phoneKey")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneKey)

        self.phoneEdit = QLineEdit(self.formPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(25)
        self.phoneEdit.setProperty(u"field", True)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.formPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.birthKey = QLabel(self.formPage)
        self.birthKey.setObjectName(u"birthKey")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthKey)

        self.birthRow = QHBoxLayout()
        self.birthRow.setSpacing(10)
        self.birthRow.setObjectName(u"birthRow")
        self.birthEdit = QLineEdit(self.formPage)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMaxLength(10)
        self.birthEdit.setProperty(u"field", True)

        self.birthRow.addWidget(self.birthEdit)

        self.birthHint = QLabel(self.formPage)
        self.birthHint.setObjectName(u"birthHint")
        self.birthHint.setProperty(u"role", u"muted")

        self.birthRow.addWidget(self.birthHint)


        self.personForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.birthRow)

        self.birthError = QLabel(self.formPage)
        self.birthError.setObjectName(u"birthError")
        self.birthError.setWordWrap(True)
        self.birthError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthError)

        self.genderKey = QLabel(self.formPage)
        self.genderKey.setObjectName(u"genderKey")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderKey)

        self.genderCombo = QComboBox(self.formPage)
        self.genderCombo.setObjectName(u"genderCombo")

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.genderError = QLabel(self.formPage)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setWordWrap(True)
        self.genderError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.genderError)

        self.addressKey = QLabel(self.formPage)
        self.addressKey.setObjectName(u"addressKey")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addressKey)

        self.addressEdit = QLineEdit(self.formPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(500)
        self.addressEdit.setProperty(u"field", True)

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(self.formPage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.emergencySection = QLabel(self.formPage)
        self.emergencySection.setObjectName(u"emergencySection")
        self.emergencySection.setProperty(u"role", u"section")

        self.personForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.emergencySection)

        self.emergencyNameKey = QLabel(self.formPage)
        self.emergencyNameKey.setObjectName(u"emergencyNameKey")

        self.personForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.emergencyNameKey)

        self.emergencyNameEdit = QLineEdit(self.formPage)
        self.emergencyNameEdit.setObjectName(u"emergencyNameEdit")
        self.emergencyNameEdit.setMaxLength(200)
        self.emergencyNameEdit.setProperty(u"field", True)

        self.personForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.emergencyNameEdit)

        self.emergencyNameError = QLabel(self.formPage)
        self.emergencyNameError.setObjectName(u"emergencyNameError")
        self.emergencyNameError.setWordWrap(True)
        self.emergencyNameError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.emergencyNameError)

        self.emergencyPhoneKey = QLabel(self.formPage)
        self.emergencyPhoneKey.setObjectName(u"emergencyPhoneKey")

        self.personForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.emergencyPhoneKey)

        self.emergencyPhoneEdit = QLineEdit(self.formPage)
        self.emergencyPhoneEdit.setObjectName(u"emergencyPhoneEdit")
        self.emergencyPhoneEdit.setMaxLength(25)
        self.emergencyPhoneEdit.setProperty(u"field", True)

        self.personForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.emergencyPhoneEdit)

        self.emergencyPhoneError = QLabel(self.formPage)
        self.emergencyPhoneError.setObjectName(u"emergencyPhoneError")
        self.emergencyPhoneError.setWordWrap(True)
        self.emergencyPhoneError.setProperty(u"role", u"fieldError")

        self.personForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.emergencyPhoneError)


        self.leftColumn.addLayout(self.personForm)

        self.leftEnd = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftEnd)


        self.formColumns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(0)
        self.rightColumn.setObjectName(u"rightColumn")
        self.trainingForm = QFormLayout()
        self.trainingForm.setObjectName(u"trainingForm")
        self.trainingForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.trainingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainingForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.trainingForm.setHorizontalSpacing(14)
        self.trainingForm.setVerticalSpacing(5)
        self.photoKey = QLabel(self.formPage)
        self.photoKey.setObjectName(u"photoKey")

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.photoKey)

        self.photoRow = QHBoxLayout()
        self.photoRow.setSpacing(14)
        self.photoRow.setObjectName(u"photoRow")
        self.photoPreview = QLabel(self.formPage)
        self.photoPreview.setObjectName(u"photoPreview")
        self.photoPreview.setMinimumSize(QSize(88, 88))
        self.photoPreview.setMaximumSize(QSize(88, 88))

        self.photoRow.addWidget(self.photoPreview, 0, Qt.AlignmentFlag.AlignTop)

        self.photoButtons = QVBoxLayout()
        self.photoButtons.setSpacing(6)
        self.photoButtons.setObjectName(u"photoButtons")
        self.photoButton = QPushButton(self.formPage)
        self.photoButton.setObjectName(u"photoButton")

        self.photoButtons.addWidget(self.photoButton)

        self.photoHint = QLabel(self.formPage)
        self.photoHint.setObjectName(u"photoHint")
        self.photoHint.setWordWrap(True)
        self.photoHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.photoHint.setProperty(u"role", u"muted")

        self.photoButtons.addWidget(self.photoHint)


        self.photoRow.addLayout(self.photoButtons)


        self.trainingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.photoRow)

        self.photoError = QLabel(self.formPage)
        self.photoError.setObjectName(u"photoError")
        self.photoError.setWordWrap(True)
        self.photoError.setProperty(u"role", u"fieldError")

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.photoError)

        self.healthKey = QLabel(self.formPage)
        self.healthKey.setObjectName(u"healthKey")

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.healthKey)

        self.healthEdit = QPlainTextEdit(self.formPage)
        self.healthEdit.setObjectName(u"healthEdit")
        self.healthEdit.setTabChangesFocus(True)
        self.healthEdit.setMaximumSize(QSize(16777215, 72))

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.healthEdit)

        self.healthError = QLabel(self.formPage)
        self.healthError.setObjectName(u"healthError")
        self.healthError.setWordWrap(True)
        self.healthError.setProperty(u"role", u"fieldError")

        self.trainingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.healthError)

        self.healthFlagCheck = QCheckBox(self.formPage)
        self.healthFlagCheck.setObjectName(u"healthFlagCheck")

        self.trainingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.healthFlagCheck)

        self.goalKey = QLabel(self.formPage)
        self.goalKey.setObjectName(u"goalKey")

        self.trainingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goalKey)

        self.goalEdit = QLineEdit(self.formPage)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setMaxLength(1000)
        self.goalEdit.setProperty(u"field", True)

        self.trainingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.goalError = QLabel(self.formPage)
        self.goalError.setObjectName(u"goalError")
        self.goalError.setWordWrap(True)
        self.goalError.setProperty(u"role", u"fieldError")

        self.trainingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.goalError)

        self.trainerKey = QLabel(self.formPage)
        self.trainerKey.setObjectName(u"trainerKey")

        self.trainingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.trainerKey)

        self.trainerCombo = QComboBox(self.formPage)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.trainingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.trainerCombo)

        self.trainerError = QLabel(self.formPage)
        self.trainerError.setObjectName(u"trainerError")
        self.trainerError.setWordWrap(True)
        self.trainerError.setProperty(u"role", u"fieldError")

        self.trainingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.trainerError)

        self.notesKey = QLabel(self.formPage)
        self.notesKey.setObjectName(u"notesKey")

        self.trainingForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesKey)

        self.notesEdit = QPlainTextEdit(self.formPage)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 72))

        self.trainingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.notesError = QLabel(self.formPage)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"fieldError")

        self.trainingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.rightColumn.addLayout(self.trainingForm)

        self.rightEnd = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightEnd)


        self.formColumns.addLayout(self.rightColumn)

        self.pages.addWidget(self.formPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setSpacing(8)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneTop = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneTop)

        self.doneHeader = QHBoxLayout()
        self.doneHeader.setSpacing(16)
        self.doneHeader.setObjectName(u"doneHeader")
        self.doneIcon = QLabel(self.donePage)
        self.doneIcon.setObjectName(u"doneIcon")
        self.doneIcon.setMinimumSize(QSize(72, 72))
        self.doneIcon.setMaximumSize(QSize(72, 72))

        self.doneHeader.addWidget(self.doneIcon)

        self.doneWords = QVBoxLayout()
        self.doneWords.setSpacing(4)
        self.doneWords.setObjectName(u"doneWords")
        self.doneTitle = QLabel(self.donePage)
        self.doneTitle.setObjectName(u"doneTitle")
        self.doneTitle.setWordWrap(True)
        self.doneTitle.setProperty(u"role", u"h2")

        self.doneWords.addWidget(self.doneTitle)

        self.doneText = QLabel(self.donePage)
        self.doneText.setObjectName(u"doneText")
        self.doneText.setWordWrap(True)
        self.doneText.setProperty(u"role", u"muted")

        self.doneWords.addWidget(self.doneText)


        self.doneHeader.addLayout(self.doneWords)


        self.doneLayout.addLayout(self.doneHeader)

        self.doneGap = QSpacerItem(20, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.doneLayout.addItem(self.doneGap)

        self.nextLabel = QLabel(self.donePage)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setProperty(u"role", u"section")

        self.doneLayout.addWidget(self.nextLabel)

        self.nextRow = QHBoxLayout()
        self.nextRow.setSpacing(10)
        self.nextRow.setObjectName(u"nextRow")
        self.sellButton = QPushButton(self.donePage)
        self.sellButton.setObjectName(u"sellButton")
        self.sellButton.setProperty(u"primary", True)

        self.nextRow.addWidget(self.sellButton)

        self.cardButton = QPushButton(self.donePage)
        self.cardButton.setObjectName(u"cardButton")

        self.nextRow.addWidget(self.cardButton)

        self.nextEnd = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextRow.addItem(self.nextEnd)


        self.doneLayout.addLayout(self.nextRow)

        self.doneBottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneBottom)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.requiredHint = QLabel(MemberFormDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        self.requiredHint.setProperty(u"role", u"muted")

        self.buttonRow.addWidget(self.requiredHint)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MemberFormDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(MemberFormDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameKey.setBuddy(self.nameEdit)
        self.emailKey.setBuddy(self.emailEdit)
        self.phoneKey.setBuddy(self.phoneEdit)
        self.birthKey.setBuddy(self.birthEdit)
        self.genderKey.setBuddy(self.genderCombo)
        self.addressKey.setBuddy(self.addressEdit)
        self.emergencyNameKey.setBuddy(self.emergencyNameEdit)
        self.emergencyPhoneKey.setBuddy(self.emergencyPhoneEdit)
        self.healthKey.setBuddy(self.healthEdit)
        self.goalKey.setBuddy(self.goalEdit)
        self.trainerKey.setBuddy(self.trainerCombo)
        self.notesKey.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emergencyNameEdit)
        QWidget.setTabOrder(self.emergencyNameEdit, self.emergencyPhoneEdit)
        QWidget.setTabOrder(self.emergencyPhoneEdit, self.photoButton)
        QWidget.setTabOrder(self.photoButton, self.healthEdit)
        QWidget.setTabOrder(self.healthEdit, self.healthFlagCheck)
        QWidget.setTabOrder(self.healthFlagCheck, self.goalEdit)
        QWidget.setTabOrder(self.goalEdit, self.trainerCombo)
        QWidget.setTabOrder(self.trainerCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.sellButton)
        QWidget.setTabOrder(self.sellButton, self.cardButton)

        self.retranslateUi(MemberFormDialog)

        QMetaObject.connectSlotsByName(MemberFormDialog)
    # setupUi

    def retranslateUi(self, MemberFormDialog):
        MemberFormDialog.setWindowTitle(QCoreApplication.translate("MemberFormDialog", u"New member", None))
        self.titleLabel.setText(QCoreApplication.translate("MemberFormDialog", u"New member", None))
        self.nameKey.setText(QCoreApplication.translate("MemberFormDialog", u"Full &name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"First and last name", None))
        self.emailKey.setText(QCoreApplication.translate("MemberFormDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"name@example.com", None))
        self.phoneKey.setText(QCoreApplication.translate("MemberFormDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"+351 912 345 678", None))
        self.birthKey.setText(QCoreApplication.translate("MemberFormDialog", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.birthEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"dd/mm/yyyy", None))
        self.genderKey.setText(QCoreApplication.translate("MemberFormDialog", u"Gende&r", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.addressKey.setText(QCoreApplication.translate("MemberFormDialog", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"Street, number, postcode, town", None))
        self.emergencySection.setText(QCoreApplication.translate("MemberFormDialog", u"EMERGENCY CONTACT", None))
        self.emergencyNameKey.setText(QCoreApplication.translate("MemberFormDialog", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.emergencyNameEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Emergency contact name", None))
#endif // QT_CONFIG(accessibility)
        self.emergencyNameEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"Who to call, e.g. Rita Silva (sister)", None))
        self.emergencyPhoneKey.setText(QCoreApplication.translate("MemberFormDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.emergencyPhoneEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Emergency contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.photoKey.setText(QCoreApplication.translate("MemberFormDialog", u"Photo", None))
#if QT_CONFIG(accessibility)
        self.photoPreview.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Photo preview", None))
#endif // QT_CONFIG(accessibility)
        self.photoButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Choose photo\u2026", None))
#if QT_CONFIG(tooltip)
        self.photoButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Pick a picture file (JPEG, PNG\u2026); it is resized for the card", None))
#endif // QT_CONFIG(tooltip)
        self.photoHint.setText(QCoreApplication.translate("MemberFormDialog", u"JPEG or PNG; resized to fit the card.", None))
        self.healthKey.setText(QCoreApplication.translate("MemberFormDialog", u"Hea&lth conditions", None))
#if QT_CONFIG(accessibility)
        self.healthEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Health conditions", None))
#endif // QT_CONFIG(accessibility)
        self.healthEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"Anything the desk and trainers must know", None))
        self.healthFlagCheck.setText(QCoreApplication.translate("MemberFormDialog", u"&Flag for the desk (shown at every check-in)", None))
        self.goalKey.setText(QCoreApplication.translate("MemberFormDialog", u"&Goal", None))
#if QT_CONFIG(accessibility)
        self.goalEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"e.g. Lose 5 kg, run a 10 km", None))
        self.trainerKey.setText(QCoreApplication.translate("MemberFormDialog", u"&Trainer", None))
#if QT_CONFIG(accessibility)
        self.trainerCombo.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Assigned trainer", None))
#endif // QT_CONFIG(accessibility)
        self.notesKey.setText(QCoreApplication.translate("MemberFormDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MemberFormDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MemberFormDialog", u"For staff only", None))
        self.nextLabel.setText(QCoreApplication.translate("MemberFormDialog", u"What next?", None))
        self.sellButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Sell a membership", None))
#if QT_CONFIG(tooltip)
        self.sellButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Choose a plan for this member (F7)", None))
#endif // QT_CONFIG(tooltip)
        self.cardButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Print card\u2026", None))
#if QT_CONFIG(tooltip)
        self.cardButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Print the membership card with the member code (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.requiredHint.setText(QCoreApplication.translate("MemberFormDialog", u"* required", None))
        self.cancelButton.setText(QCoreApplication.translate("MemberFormDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("MemberFormDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MemberFormDialog", u"Save the member (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
