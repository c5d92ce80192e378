# GENERATED from ui/change_password.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from fitmate_desktop.gui.widgets.spinner import Spinner

class Ui_ChangePasswordForm(object):
    def setupUi(self, ChangePasswordForm):
        if not ChangePasswordForm.objectName():
            ChangePasswordForm.setObjectName(u"ChangePasswordForm")
        ChangePasswordForm.resize(360, 480)
        self.pageLayout = QVBoxLayout(ChangePasswordForm)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(ChangePasswordForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"h2")

        self.pageLayout.addWidget(self.titleLabel)

        self.accountLabel = QLabel(ChangePasswordForm)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)
        self.accountLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.accountLabel)

        self.spacer19 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer19)

        self.introLabel = QLabel(ChangePasswordForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.spacer20 = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.spacer20)

        self.currentLabel = QLabel(ChangePasswordForm)
        self.currentLabel.setObjectName(u"currentLabel")

        self.pageLayout.addWidget(self.currentLabel)

        self.currentEdit = QLineEdit(ChangePasswordForm)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.currentEdit.setProperty(u"field", True)

        self.pageLayout.addWidget(self.currentEdit)

        self.currentError = QLabel(ChangePasswordForm)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setWordWrap(True)
        self.currentError.setProperty(u"role", u"fieldError")

        self.pageLayout.addWidget(self.currentError)

        self.newLabel = QLabel(ChangePasswordForm)
        self.newLabel.setObjectName(u"newLabel")

        self.pageLayout.addWidget(self.newLabel)

        self.newEdit = QLineEdit(ChangePasswordForm)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newEdit.setProperty(u"field", True)

        self.pageLayout.addWidget(self.newEdit)

        self.newError = QLabel(ChangePasswordForm)
        self.newError.setObjectName(u"newError")
        self.newError.setWordWrap(True)
        self.newError.setProperty(u"role", u"fieldError")

        self.pageLayout.addWidget(self.newError)

        self.repeatLabel = QLabel(ChangePasswordForm)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.pageLayout.addWidget(self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePasswordForm)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setProperty(u"field", True)

        self.pageLayout.addWidget(self.repeatEdit)

        self.repeatError = QLabel(ChangePasswordForm)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setWordWrap(True)
        self.repeatError.setProperty(u"role", u"fieldError")

        self.pageLayout.addWidget(self.repeatError)

        self.rulesLabel = QLabel(ChangePasswordForm)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)
        self.rulesLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.rulesLabel)

        self.formError = QLabel(ChangePasswordForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"formError")

        self.pageLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(0, 6, 0, 0)
        self.backButton = QPushButton(ChangePasswordForm)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFlat(True)
        self.backButton.setProperty(u"link", True)

        self.buttonRow.addWidget(self.backButton)

        self.spacer21 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer21)

        self.saveButton = QPushButton(ChangePasswordForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.buttonRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.busyRow = QWidget(ChangePasswordForm)
        self.busyRow.setObjectName(u"busyRow")
        self.busyLayout = QHBoxLayout(self.busyRow)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 4, 0, 0)
        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer1)

        self.busySpinner = Spinner(self.busyRow)
        self.busySpinner.setObjectName(u"busySpinner")

        self.busyLayout.addWidget(self.busySpinner)

        self.busyLabel = QLabel(self.busyRow)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.busyLayout.addWidget(self.busyLabel)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer2)


        self.pageLayout.addWidget(self.busyRow)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.backButton)

        self.retranslateUi(ChangePasswordForm)

        QMetaObject.connectSlotsByName(ChangePasswordForm)
    # setupUi

    def retranslateUi(self, ChangePasswordForm):
        self.currentLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&Current password", None))
        self.currentEdit.setPlaceholderText(QCoreApplication.translate("ChangePasswordForm", u"The password you signed in with", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&New password", None))
        self.newEdit.setPlaceholderText(QCoreApplication.translate("ChangePasswordForm", u"At least 10 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"&Repeat the new password", None))
        self.repeatEdit.setPlaceholderText(QCoreApplication.translate("ChangePasswordForm", u"The same again", None))
        self.backButton.setText(QCoreApplication.translate("ChangePasswordForm", u"Back to sign-in", None))
        self.saveButton.setText(QCoreApplication.translate("ChangePasswordForm", u"Change password", None))
        self.busyLabel.setText(QCoreApplication.translate("ChangePasswordForm", u"Checking\u2026", None))
        pass
    # retranslateUi
