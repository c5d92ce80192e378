# GENERATED from ui/account_dialog.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(AccountDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 18, 22, 16)
        self.introLabel = QLabel(AccountDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.introLabel)

        self.formGrid = QGridLayout()
        self.formGrid.setObjectName(u"formGrid")
        self.formGrid.setHorizontalSpacing(14)
        self.formGrid.setVerticalSpacing(4)
        self.formGrid.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(AccountDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formGrid.addWidget(self.nameLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.nameEdit = QLineEdit(AccountDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setProperty(u"field", True)

        self.formGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(AccountDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.emailLabel = QLabel(AccountDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formGrid.addWidget(self.emailLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.emailEdit = QLineEdit(AccountDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setProperty(u"field", True)

        self.formGrid.addWidget(self.emailEdit, 2, 1, 1, 1)

        self.emailError = QLabel(AccountDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.emailError, 3, 1, 1, 1)

        self.phoneLabel = QLabel(AccountDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formGrid.addWidget(self.phoneLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.phoneEdit = QLineEdit(AccountDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setProperty(u"field", True)

        self.formGrid.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.phoneError = QLabel(AccountDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.phoneError, 5, 1, 1, 1)

        self.roleLabel = QLabel(AccountDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formGrid.addWidget(self.roleLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setProperty(u"field", True)

        self.formGrid.addWidget(self.roleCombo, 6, 1, 1, 1)

        self.roleError = QLabel(AccountDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)
        self.roleError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.roleError, 7, 1, 1, 1)

        self.roleHint = QLabel(AccountDialog)
        self.roleHint.setObjectName(u"roleHint")
        self.roleHint.setWordWrap(True)
        self.roleHint.setProperty(u"role", u"muted")

        self.formGrid.addWidget(self.roleHint, 8, 1, 1, 1)

        self.passwordLabel = QLabel(AccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formGrid.addWidget(self.passwordLabel, 9, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setSpacing(6)
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setProperty(u"field", True)

        self.passwordRow.addWidget(self.passwordEdit)

        self.generateButton = QPushButton(AccountDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.passwordRow.addWidget(self.generateButton)


        self.formGrid.addLayout(self.passwordRow, 9, 1, 1, 1)

        self.passwordError = QLabel(AccountDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"fieldError")

        self.formGrid.addWidget(self.passwordError, 10, 1, 1, 1)

        self.passwordHint = QLabel(AccountDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"muted")

        self.formGrid.addWidget(self.passwordHint, 11, 1, 1, 1)


        self.dialogLayout.addLayout(self.formGrid)

        self.formError = QLabel(AccountDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.buttonBox)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"New account", None))
        self.nameLabel.setText(QCoreApplication.translate("AccountDialog", u"Full &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"First and last name", None))
        self.emailLabel.setText(QCoreApplication.translate("AccountDialog", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"name@yourgym.com", None))
        self.phoneLabel.setText(QCoreApplication.translate("AccountDialog", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"Optional", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"&Temporary password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"At least 10 characters", None))
        self.generateButton.setText(QCoreApplication.translate("AccountDialog", u"&Generate", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("AccountDialog", u"Make up a random temporary password", None))
#endif // QT_CONFIG(tooltip)
        self.passwordHint.setText(QCoreApplication.translate("AccountDialog", u"They choose their own password the first time they sign in.", None))
    # retranslateUi
